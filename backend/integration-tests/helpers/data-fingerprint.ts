import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Per table, a hash of every row: two fingerprints differ exactly when some row was added, changed or removed. */
export async function dataFingerprint(
  container: MedusaContainer,
  /** Rows left out, per table, as a SQL condition on the row `t` (e.g. the caller's own account). */
  except: Record<string, string> = {}
): Promise<Record<string, string>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1"
  )
  const fingerprint: Record<string, string> = {}
  for (const { table_name: table } of rows as { table_name: string }[]) {
    const where = except[table] ? `where not (${except[table]})` : ""
    const {
      rows: [row],
    } = await knex.raw(
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as f from "${table}" t ${where}`
    )
    fingerprint[table] = row.f
  }
  return fingerprint
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort()
}
