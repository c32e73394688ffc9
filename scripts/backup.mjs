#!/usr/bin/env node
// `npm run backup [-- FILE] [--format=pg_dump|builtin]`: writes a backup of the shop's database (DATABASE_URL or
// DB_*, otherwise the embedded PostgreSQL that `npm start` uses, started for the backup when the shop is not
// running) to FILE, by default backups/biome_store-<time>.dump.
import { mkdirSync, statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
await ensureInstalled(root)
const { resolveDatabase } = await import("./lib/database.mjs")
const { backup } = await import("./lib/backup.mjs")
const { ok, fail } = await import("./lib/log.mjs")

const args = process.argv.slice(2)
const format = args.find((a) => a.startsWith("--format="))?.slice("--format=".length) ?? "auto"
if (!["auto", "pg_dump", "builtin"].includes(format)) fail(`--format must be pg_dump or builtin, not ${format}`)
const unknown = args.filter((a) => a.startsWith("--") && !a.startsWith("--format="))
if (unknown.length) fail(`Unknown option ${unknown[0]}; usage: npm run backup [-- FILE] [--format=pg_dump|builtin]`)

const db = await resolveDatabase({ root, purpose: "store", defaultDatabase: "biome_store" })
const stamp = new Date().toISOString().replace(/[:.]/g, "-")
const file = resolve(
  process.env.INIT_CWD ?? process.cwd(),
  args.find((a) => !a.startsWith("--")) ?? join(root, "backups", `${db.database}-${stamp}.dump`)
)
mkdirSync(dirname(file), { recursive: true })
try {
  const result = await backup({ root, url: db.url, file, format })
  ok(
    `Backed up database ${db.database} to ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB, ${result.format === "pg_dump" ? `pg_dump: ${result.tool}` : "built-in format"})`
  )
} catch (e) {
  await db.stop()
  fail(`Backup failed: ${e.message}`)
}
await db.stop()
