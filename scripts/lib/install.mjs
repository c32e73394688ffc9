// Installs the workspace's dependencies when they are missing or older than the lockfile. Uses only
// Node built-ins, because it runs before anything else is installed.
import { existsSync, statSync } from "node:fs"
import { join } from "node:path"
import { run } from "./process.mjs"
import { step, ok } from "./log.mjs"

export async function ensureInstalled(root) {
  const marker = join(root, "node_modules", ".package-lock.json")
  const lock = join(root, "package-lock.json")
  const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)
  if (fresh) return
  // `npm ci` rejects the lockfile npm 11 writes (platform packages of @swc/core), so install.
  step("Installing dependencies (first run only; a few minutes)…")
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: root })
  ok("Dependencies installed")
}
