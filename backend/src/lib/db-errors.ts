/** PostgreSQL refused a row because a unique index already holds its key (SQLSTATE 23505). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string }
  return err?.code === "23505" || /duplicate key|unique constraint|already exists/i.test(err?.message ?? "")
}
