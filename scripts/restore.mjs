#!/usr/bin/env node
// `npm run restore -- FILE [--force]`: loads a backup written by `npm run backup` into the shop's database
// (DATABASE_URL or DB_*, otherwise the embedded PostgreSQL), creating the database when it does not exist.
// A database that already has tables is left alone unless --force, which first drops everything in it.
import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
await ensureInstalled(root)
const { resolveDatabase, ensureDatabase } = await import("./lib/database.mjs")
const { restore, tablesIn, emptyDatabase } = await import("./lib/backup.mjs")
const { step, ok, fail } = await import("./lib/log.mjs")

const args = process.argv.slice(2)
const force = args.includes("--force")
const files = args.filter((a) => !a.startsWith("--"))
const unknown = args.filter((a) => a.startsWith("--") && a !== "--force")
if (unknown.length || files.length !== 1) fail("Usage: npm run restore -- FILE [--force]")
const file = resolve(process.env.INIT_CWD ?? process.cwd(), files[0])
if (!existsSync(file)) fail(`No such file: ${file}`)

const db = await resolveDatabase({ root, purpose: "store", defaultDatabase: "biome_store" })
let failure
try {
  if (await ensureDatabase(db.server, db.database)) ok(`Created database ${db.database}`)
  const tables = await tablesIn(db.url)
  if (tables > 0 && !force) {
    throw new Error(
      `database ${db.database} already has ${tables} tables; stop the shop and run \`npm run restore -- ${files[0]} --force\` to replace everything in it with the backup`
    )
  }
  if (tables > 0) {
    step(`Dropping the ${tables} tables of database ${db.database} (--force)…`)
    await emptyDatabase(db.url)
  }
  step(`Restoring ${file} into database ${db.database}…`)
  const result = await restore({ root, url: db.url, file })
  ok(`Restored database ${db.database} from ${file} (${result.format === "pg_dump" ? `pg_restore: ${result.tool}` : "built-in format"})`)
} catch (e) {
  failure = e
}
await db.stop()
if (failure) fail(`Restore failed: ${failure.message}`)
