import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parseDocument } from "yaml"

/** Docker cannot run here, so the compose file is checked by reading it the way compose would. */
const repoRoot = join(__dirname, "..", "..", "..")
const doc = parseDocument(readFileSync(join(repoRoot, "docker-compose.yml"), "utf8"), { merge: true })
const compose = doc.toJS({ maxAliasCount: 100 }) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}

interface Service {
  image?: string
  build?: { context: string; dockerfile: string }
  ports?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[] }
  volumes?: string[]
}

describe("docker-compose.yml", () => {
  it("parses as YAML without errors", () => {
    expect(doc.errors).toEqual([])
  })

  it("runs PostgreSQL, Redis, the backend server, a backend worker and the storefront", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["backend", "postgres", "redis", "storefront", "worker"])
  })

  it("gives PostgreSQL and Redis health checks that the backend waits for", () => {
    expect(compose.services.postgres!.healthcheck!.test.join(" ")).toContain("pg_isready")
    expect(compose.services.redis!.healthcheck!.test.join(" ")).toContain("redis-cli ping")
    expect(compose.services.backend!.depends_on).toEqual({
      postgres: { condition: "service_healthy" },
      redis: { condition: "service_healthy" },
    })
    expect(compose.services.worker!.depends_on!.backend).toEqual({ condition: "service_healthy" })
    expect(compose.services.storefront!.depends_on!.backend).toEqual({ condition: "service_healthy" })
  })

  it("builds the backend and storefront from Dockerfiles that exist in the repository", () => {
    for (const name of ["backend", "storefront"]) {
      const build = compose.services[name]!.build!
      expect(build.context).toBe(".")
      expect(existsSync(join(repoRoot, build.dockerfile))).toBe(true)
    }
    expect(compose.services.worker!.image).toBe(compose.services.backend!.image)
  })

  it("publishes the backend on 9000 and the storefront on 8000", () => {
    expect(compose.services.backend!.ports).toEqual(["9000:9000"])
    expect(compose.services.storefront!.ports).toEqual(["8000:8000"])
  })

  it("runs the backend as a server and a worker sharing Redis", () => {
    const server = compose.services.backend!.environment!
    const worker = compose.services.worker!.environment!
    expect(server.MEDUSA_WORKER_MODE).toBe("server")
    expect(worker.MEDUSA_WORKER_MODE).toBe("worker")
    expect(server.REDIS_URL).toBe("redis://redis:6379")
    expect(worker.DATABASE_URL).toBe(server.DATABASE_URL)
  })

  it("hard-codes no production secret: each one must come from the environment", () => {
    const env = compose.services.backend!.environment!
    for (const name of ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]) {
      expect(env[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`))
    }
    expect(compose.services.storefront!.environment!.REVALIDATE_SECRET).toBe(env.REVALIDATE_SECRET)
    expect(env.DATABASE_URL).toContain("${POSTGRES_PASSWORD:?")
    expect(compose.services.postgres!.environment!.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/)
  })

  it("asks for the mail server and the sender, and passes the payment settings through", () => {
    const env = compose.services.backend!.environment!
    expect(env.SMTP_URL).toMatch(/^\$\{SMTP_URL:\?/)
    expect(env.EMAIL_FROM).toMatch(/^\$\{EMAIL_FROM:\?/)
    for (const name of ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "DEMO_PAYMENTS"]) expect(env[name]).toBe(`\${${name}:-}`)
    expect(compose.services.worker!.environment!.SMTP_URL).toBe(env.SMTP_URL)
  })

  it("lets the backend reach the storefront inside the network to refresh its cache", () => {
    expect(compose.services.backend!.environment!.STOREFRONT_INTERNAL_URL).toBe("http://storefront:8000")
  })

  it("keeps the database in a named volume and hands the publishable key to the storefront", () => {
    expect(compose.services.postgres!.volumes).toContain("postgres-data:/var/lib/postgresql/data")
    expect(compose.services.backend!.environment!.STOREFRONT_ENV_FILE).toBe("/config/storefront.env")
    expect(compose.services.storefront!.volumes).toContain("storefront-config:/config:ro")
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(["postgres-data", "storefront-config"]))
  })

  it("lets the storefront reach the backend at http://backend:9000, also through the env file the seed writes", () => {
    expect(compose.services.storefront!.environment!.MEDUSA_BACKEND_URL).toBe("http://backend:9000")
    // The storefront loads the seed's file over its own environment, so the seed must write the same address.
    expect(compose.services.backend!.environment!.STOREFRONT_BACKEND_URL).toBe("http://backend:9000")
  })

  it("requires the newsletter's own secret, and docker compose agrees with this reading where docker is installed", () => {
    expect(compose.services.backend!.environment!.NEWSLETTER_SECRET).toMatch(/^\$\{NEWSLETTER_SECRET:\?/)
    const docker = spawnSync("docker", ["compose", "version"])
    if (docker.status !== 0) return
    const env = {
      ...process.env,
      POSTGRES_PASSWORD: "p",
      JWT_SECRET: "j".repeat(40),
      COOKIE_SECRET: "c".repeat(40),
      NEWSLETTER_SECRET: "n".repeat(40),
      REVALIDATE_SECRET: "r".repeat(20),
    }
    const config = spawnSync("docker", ["compose", "-f", join(repoRoot, "docker-compose.yml"), "config", "--format", "json"], { env })
    expect(config.status).toBe(0)
    expect(JSON.parse(config.stdout.toString()).services.storefront.environment.MEDUSA_BACKEND_URL).toBe("http://backend:9000")
  })
})
