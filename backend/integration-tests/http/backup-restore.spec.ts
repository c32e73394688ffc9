import { execFile } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import postgres from "postgres"
import { checkout, variantId } from "../helpers/customers"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { subscribedCustomer } from "../helpers/subscriptions"

jest.setTimeout(300 * 1000)

const run = promisify(execFile)
const ROOT = resolve(__dirname, "../../..")

/** A URL for a database on the test server (the same DB_* settings Medusa's test runner uses). */
function urlOf(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/${encodeURIComponent(database)}`
}

/** `npm run backup` / `npm run restore` as a shell runs them, against the database in DATABASE_URL. */
async function script(name: "backup" | "restore", args: string[], database: string) {
  const { DB_HOST: _h, DB_PORT: _p, DB_USERNAME: _u, DB_PASSWORD: _pw, DB_NAME: _n, ...env } = process.env
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, "scripts", `${name}.mjs`), ...args], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: urlOf(database) },
    })
    return { code: 0, output: stdout }
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string }
    return { code: error.code, output: `${error.stdout}${error.stderr}` }
  }
}

/** Per table, a hash of all its rows, read in one snapshot. */
async function fingerprint(database: string) {
  const sql = postgres(urlOf(database), { max: 1, onnotice: () => {} })
  try {
    return await sql.begin("isolation level repeatable read read only", async (tx) => {
      const tables =
        await tx`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
      const result: Record<string, string> = {}
      for (const { table_name } of tables) {
        const [row] = await tx.unsafe(
          `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as f from "${table_name}" t`
        )
        result[table_name] = row!.f
      }
      return result
    })
  } finally {
    await sql.end({ timeout: 1 })
  }
}

async function rows(database: string, statement: string) {
  const sql = postgres(urlOf(database), { max: 1, onnotice: () => {} })
  try {
    return [...(await sql.unsafe(statement))]
  } finally {
    await sql.end({ timeout: 1 })
  }
}

async function dropDatabase(database: string) {
  const sql = postgres(urlOf("postgres"), { max: 1, onnotice: () => {} })
  try {
    await sql.unsafe(`drop database if exists "${database}" with (force)`)
  } finally {
    await sql.end({ timeout: 1 })
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let source: string
    const dir = mkdtempSync(join(tmpdir(), "biome-backup-"))
    const restored = `biome_restore_${process.pid}`
    const ORDERS = 'select id, display_id, email, status, currency_code from "order" order by id'
    const SUBSCRIPTIONS = "select id, customer_id, variant_id, interval_days, status, next_delivery_at from subscription order by id"
    const GUIDES = "select id, slug, title, body, status from guide order by id"

    beforeAll(async () => {
      const container = getContainer()
      const key = await seedCatalog(container)
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      await subscribedCustomer(api, container, { key, regionId, email: "backup-subscriber@example.com" })
      const variant = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
      await checkout(api, storeHeaders(key), {
        region_id: regionId,
        email: "backup-guest@example.com",
        lines: [{ variant_id: variant, quantity: 2 }],
      })
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      source = (await knex.raw("select current_database() as name")).rows[0].name
    })

    afterEach(() => dropDatabase(restored))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    async function expectSameShop() {
      expect(await rows(restored, ORDERS)).toEqual(await rows(source, ORDERS))
      expect(await rows(restored, SUBSCRIPTIONS)).toEqual(await rows(source, SUBSCRIPTIONS))
      expect(await rows(restored, GUIDES)).toEqual(await rows(source, GUIDES))
      expect(await fingerprint(restored)).toEqual(await fingerprint(source))
    }

    it.each(["auto", "builtin"])(
      "restores a backup (format %s) into a fresh database with the same orders, subscriptions and guides",
      async (format) => {
        expect((await rows(source, ORDERS)).length).toBe(2)
        expect((await rows(source, SUBSCRIPTIONS)).length).toBe(1)
        expect((await rows(source, GUIDES)).length).toBeGreaterThan(0)

        const file = join(dir, `shop-${format}.dump`)
        const backup = await script("backup", [file, ...(format === "builtin" ? ["--format=builtin"] : [])], source)
        expect(backup).toMatchObject({ code: 0, output: expect.stringContaining(`Backed up database ${source}`) })

        const restore = await script("restore", [file], restored)
        expect(restore).toMatchObject({ code: 0, output: expect.stringContaining(`Restored database ${restored}`) })
        await expectSameShop()

        // The sequences go on where they were: the next order number is the source's next one.
        const next = "select last_value, is_called from order_display_id_seq"
        expect(await rows(restored, next)).toEqual(await rows(source, next))
      }
    )

    it("refuses to overwrite a database that has tables unless told to with --force", async () => {
      const file = join(dir, "shop-force.dump")
      expect((await script("backup", [file, "--format=builtin"], source)).code).toBe(0)
      expect((await script("restore", [file], restored)).code).toBe(0)
      await rows(restored, "delete from guide")

      const refused = await script("restore", [file], restored)
      expect(refused.code).not.toBe(0)
      expect(refused.output).toContain(`database ${restored} already has`)
      expect(refused.output).toContain("--force")
      expect(await rows(restored, GUIDES)).toEqual([])

      expect((await script("restore", [file, "--force"], restored)).code).toBe(0)
      await expectSameShop()
    })

    it("says what is wrong with a file that is not a backup", async () => {
      const res = await script("restore", [join(ROOT, "package.json")], restored)
      expect(res.code).not.toBe(0)
      expect(res.output).toContain("is not a backup written by npm run backup")
    })
  },
})
