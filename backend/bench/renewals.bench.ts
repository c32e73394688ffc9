import { writeFileSync, mkdirSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedCatalog } from "../integration-tests/helpers/seeded-shop"
import { subscriptionService } from "../integration-tests/helpers/subscriptions"
import { setStock } from "../integration-tests/helpers/subscriptions"
import { renewDueSubscriptions } from "../src/workflows/subscriptions/renew-due-subscriptions"

const COUNT = Number(process.env.BENCH_RENEWALS ?? 1000)
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? join(__dirname, "..", "..", "bench", "results")

jest.setTimeout(60 * 60 * 1000)

/** How many renewals per second one worker completes when COUNT subscriptions are due at once. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    beforeAll(async () => {
      await seedCatalog(getContainer())
    })

    it(`renews ${COUNT} due subscriptions`, async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [variant] } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { sku: "DAILY-BALANCE-PROBIOTIC-30" } })
      const { data: [region] } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "usd" } })
      const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "name"] })
      const { data: [channel] } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: "Webshop" } })
      const standard = options.find((o) => o.name.startsWith("Standard shipping"))!
      await setStock(container, variant!.id, COUNT * 2)

      const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
        Array.from({ length: 50 }, (_, i) => ({ email: `bench${i}@example.com`, first_name: "Bench", last_name: `${i}`, has_account: true }))
      )
      const due = new Date(Date.now() - 60_000)
      await subscriptionService(container).createSubscriptions(
        Array.from({ length: COUNT }, (_, i) => ({
          customer_id: customers[i % customers.length]!.id,
          email: customers[i % customers.length]!.email,
          product_id: variant!.product_id!,
          variant_id: variant!.id,
          quantity: 1,
          interval_days: 30,
          discount_percent: 15,
          currency_code: "usd",
          region_id: region!.id,
          sales_channel_id: channel!.id,
          shipping_option_id: standard.id,
          shipping_address: { first_name: "Bench", last_name: "Mark", address_1: "1 Main St", city: "Portland", province: "OR", postal_code: "97204", country_code: "us" },
          payment_provider_id: "pp_system_default",
          next_delivery_at: due,
        }))
      )

      // Job runs back to back, as the worker's schedule would make them, until nothing is due.
      const started = process.hrtime.bigint()
      let renewed = 0
      let passes = 0
      while (passes < 5) {
        const summary = await renewDueSubscriptions(container, { now: new Date() })
        if (summary.due === 0) break
        passes += 1
        renewed += summary.renewed
        expect(summary.failed + summary.errors).toBe(0)
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      expect(renewed).toBe(COUNT)

      const result = {
        benchmark: "subscription renewals, one worker",
        due_subscriptions: COUNT,
        renewed,
        job_runs: passes,
        seconds: Number(seconds.toFixed(1)),
        renewals_per_second: Number((renewed / seconds).toFixed(2)),
        concurrency: 4,
        machine: `${cpus().length} × ${cpus()[0]?.model?.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
        node: process.version,
        date: new Date().toISOString(),
      }
      mkdirSync(RESULTS_DIR, { recursive: true })
      writeFileSync(join(RESULTS_DIR, "renewals.json"), JSON.stringify(result, null, 2) + "\n")
      process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`)
    })
  },
})
