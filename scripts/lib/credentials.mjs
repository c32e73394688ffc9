// Development credentials made once per checkout and kept in .data/ (git-ignored): random secrets instead
// of well-known defaults, and an admin login that survives restarts.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

export function loadCredentials(root) {
  const file = join(root, ".data", "credentials.json")
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const credentials = {
    revalidateSecret: randomBytes(24).toString("hex"),
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
    newsletterSecret: randomBytes(32).toString("hex"),
    adminEmail: process.env.ADMIN_EMAIL ?? "admin@biome-bloom.local",
    adminPassword: process.env.ADMIN_PASSWORD ?? randomBytes(9).toString("base64url"),
    ...saved,
  }
  if (Object.keys(credentials).every((k) => k in saved)) return credentials
  mkdirSync(join(root, ".data"), { recursive: true })
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 })
  return credentials
}
