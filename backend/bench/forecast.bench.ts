import { writeFileSync, mkdirSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedCatalog } from "../integration-tests/helpers/seeded-shop"
import { createAdminUser } from "../integration-tests/helpers/admin"
import { subscriptionService } from "../integration-tests/helpers/subscriptions"

const COUNT = Number(process.env.BENCH_FORECAST_SUBSCRIPTIONS ?? 10_000)
const RUNS = Number(process.env.BENCH_FORECAST_RUNS ?? 20)
const CHUNK = 1_000
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? join(__dirname, "..", "..", "bench", "results")
const DAY = 86_400_000
const INTERVALS = [30, 60, 90]

jest.setTimeout(60 * 60 * 1000)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const ms = (value: number) => Number(value.toFixed(1))

/** How fast an admin gets the subscription forecast when COUNT subscriptions are active across the catalog. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedCatalog(getContainer())
    })

    it(`answers the forecast for ${COUNT} active subscriptions`, async () => {
      const container = getContainer()
      const admin = await createAdminUser(container, "bench@biomeandbloom.test")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"] })
      const {
        data: [region],
      } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "usd" } })
      const {
        data: [channel],
      } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: "Webshop" } })
      const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
        Array.from({ length: 50 }, (_, i) => ({
          email: `forecast${i}@example.com`,
          first_name: "Bench",
          last_name: `${i}`,
          has_account: true,
        }))
      )

      // Spread over every variant, interval and the next 90 days; one in twenty is past due.
      const now = Date.now()
      const inserting = process.hrtime.bigint()
      for (let offset = 0; offset < COUNT; offset += CHUNK) {
        await subscriptionService(container).createSubscriptions(
          Array.from({ length: Math.min(CHUNK, COUNT - offset) }, (_, j) => {
            const i = offset + j
            const variant = variants[i % variants.length]!
            const customer = customers[i % customers.length]!
            return {
              customer_id: customer.id,
              email: customer.email,
              product_id: variant.product_id!,
              variant_id: variant.id,
              quantity: 1 + (i % 3),
              interval_days: INTERVALS[i % INTERVALS.length]!,
              discount_percent: 15,
              currency_code: "usd",
              region_id: region!.id,
              sales_channel_id: channel!.id,
              payment_provider_id: "pp_system_default",
              next_delivery_at: new Date(now + ((i * 7919) % (90 * 24)) * (DAY / 24)),
              status: i % 20 === 0 ? ("past_due" as const) : ("active" as const),
            }
          })
        )
      }
      const insertSeconds = Number(process.hrtime.bigint() - inserting) / 1e9

      const time = async (path: string) => {
        const started = process.hrtime.bigint()
        const { data } = await api.get(path, admin)
        return { ms: Number(process.hrtime.bigint() - started) / 1e6, data }
      }
      // Two warm-up requests: the first compiles queries and fills pools.
      for (let i = 0; i < 2; i++) await time("/admin/inventory/subscription-forecast")
      const runs = async (path: string) => {
        const timings: number[] = []
        let last: any
        for (let i = 0; i < RUNS; i++) {
          const run = await time(path)
          timings.push(run.ms)
          last = run.data
        }
        return { sorted: timings.sort((a, b) => a - b), last }
      }
      const days30 = await runs("/admin/inventory/subscription-forecast?days=30")
      const days365 = await runs("/admin/inventory/subscription-forecast?days=365")
      const counted = days30.last.variants.reduce((sum: number, v: { subscriptions: number }) => sum + v.subscriptions, 0)
      expect(counted).toBe(COUNT)

      const summary = (sorted: number[]) => ({
        p50_ms: ms(percentile(sorted, 50)),
        p95_ms: ms(percentile(sorted, 95)),
        max_ms: ms(sorted[sorted.length - 1]!),
      })
      const result = {
        benchmark: "subscription forecast over HTTP (GET /admin/inventory/subscription-forecast)",
        active_subscriptions: COUNT,
        variants: days30.last.variants.length,
        runs: RUNS,
        days_30: summary(days30.sorted),
        days_365: summary(days365.sorted),
        insert_seconds: Number(insertSeconds.toFixed(1)),
        machine: `${cpus().length} × ${cpus()[0]?.model?.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
        node: process.version,
        date: new Date().toISOString(),
      }
      mkdirSync(RESULTS_DIR, { recursive: true })
      writeFileSync(join(RESULTS_DIR, "forecast.json"), `${JSON.stringify(result, null, 2)}\n`)
      process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`)
    })
  },
})
