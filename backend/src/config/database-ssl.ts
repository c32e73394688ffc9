import type { BackendEnv } from "./env"

export type DatabaseSsl = false | { rejectUnauthorized: boolean; ca?: string }

const SSLMODES: Record<string, DatabaseSsl> = {
  disable: false,
  allow: false,
  prefer: false,
  require: { rejectUnauthorized: false },
  "verify-ca": { rejectUnauthorized: true },
  "verify-full": { rejectUnauthorized: true },
}

/**
 * The TLS options for Medusa's PostgreSQL client: DATABASE_SSL when set, else the URL's sslmode (libpq's
 * meaning), else none. "verify" checks the server's certificate, against DATABASE_CA when given.
 */
export function databaseSsl(env: Pick<BackendEnv, "DATABASE_URL" | "DATABASE_SSL" | "DATABASE_CA">): DatabaseSsl {
  const ca = env.DATABASE_CA ? { ca: env.DATABASE_CA } : {}
  switch (env.DATABASE_SSL) {
    case "off":
      return false
    case "require":
      return { rejectUnauthorized: false }
    case "verify":
      return { rejectUnauthorized: true, ...ca }
  }
  const mode = env.DATABASE_URL ? new URL(env.DATABASE_URL).searchParams.get("sslmode") : null
  const fromUrl = mode ? SSLMODES[mode] : undefined
  if (fromUrl === undefined) return false
  return fromUrl !== false && fromUrl.rejectUnauthorized ? { ...fromUrl, ...ca } : fromUrl
}
