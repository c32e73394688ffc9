// The built-in backup's schema: read from PostgreSQL's catalog as SQL statements that recreate it, for when no
// pg_dump of the server's version is on the machine (see backup.mjs).

export const SYSTEM_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`
export const NOT_EXTENSION_MEMBER = (oid, catalog) =>
  `not exists (select 1 from pg_depend d where d.objid = ${oid} and d.classid = '${catalog}'::regclass and d.deptype = 'e')`

/** The schema as SQL, split into what goes before the rows (`pre`) and after them (`post`). */
export async function readSchema(sql) {
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

export const ident = (name) => `"${String(name).replace(/"/g, '""')}"`
export const literal = (value) => `'${String(value).replace(/'/g, "''")}'`
