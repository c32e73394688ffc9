import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedCatalog } from "../integration-tests/helpers/seeded-shop"
import { setStock, subscriptionService } from "../integration-tests/helpers/subscriptions"
import { renewDueSubscriptions, type RenewalRunSummary } from "../src/renewals/renew-due-subscriptions"

const COUNT = Number(process.env.BENCH_RENEWALS ?? 1000)
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? join(__dirname, "..", "..", "bench", "results")
/** "catalog" spreads the due subscriptions over every variant; "one-variant" puts them all on one, the worst case. */
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? "catalog,one-variant").split(",").map((s) => s.trim())

jest.setTimeout(2 * 60 * 60 * 1000)

interface Scenario {
  scenario: string
  description: string
  due_subscriptions: number
  variants: number
  renewed: number
  job_runs: number
  passes: Partial<RenewalRunSummary>[]
  seconds: number
  renewals_per_second: number
  date: string
}

/** How many renewals per second one worker completes when COUNT subscriptions are due at once. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    let shop: Awaited<ReturnType<typeof shopFacts>>
    let batch = 0

    beforeAll(async () => {
      await seedCatalog(getContainer())
      shop = await shopFacts(getContainer())
    })

    const scenarios: Record<string, { description: string; variants: () => { id: string; product_id: string }[] }> = {
      catalog: {
        description: "due subscriptions spread evenly over every variant of the catalogue",
        variants: () => shop.variants,
      },
      "one-variant": {
        description: "every due subscription on one variant: renewals queue on its stock, one after another",
        variants: () => shop.variants.filter((v) => v.sku === "DAILY-BALANCE-PROBIOTIC-30"),
      },
    }

    for (const name of SCENARIOS) {
      const scenario = scenarios[name]
      if (!scenario) throw new Error(`BENCH_SCENARIOS: unknown scenario "${name}" (known: ${Object.keys(scenarios).join(", ")})`)

      it(`renews ${COUNT} due subscriptions (${name})`, async () => {
        const container = getContainer()
        const variants = scenario.variants()
        batch += 1
        await createDueSubscriptions(container, shop, variants, batch)

        // Job runs back to back, as the worker's schedule would make them, until nothing is due.
        const started = process.hrtime.bigint()
        const passes: RenewalRunSummary[] = []
        while (passes.length < 5) {
          const summary = await renewDueSubscriptions(container, { now: new Date() })
          if (summary.due === 0) break
          passes.push(summary)
        }
        const seconds = Number(process.hrtime.bigint() - started) / 1e9
        const renewed = passes.reduce((sum, p) => sum + p.renewed, 0)

        record({
          scenario: name,
          description: scenario.description,
          due_subscriptions: COUNT,
          variants: variants.length,
          renewed,
          job_runs: passes.length,
          passes: passes.map(({ due, renewed, already_renewed, skipped, failed, errors, skipped_reasons }) => ({
            due,
            renewed,
            already_renewed,
            skipped,
            failed,
            errors,
            skipped_reasons,
          })),
          seconds: Number(seconds.toFixed(1)),
          renewals_per_second: Number((renewed / seconds).toFixed(2)),
          date: new Date().toISOString(),
        })
        expect(passes.reduce((sum, p) => sum + p.failed + p.errors, 0)).toBe(0)
        expect(renewed).toBe(COUNT)
      })
    }
  },
})

async function shopFacts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id"] })
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "usd" } })
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "name"] })
  const {
    data: [channel],
  } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: "Webshop" } })
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers(
      Array.from({ length: 50 }, (_, i) => ({ email: `bench${i}@example.com`, first_name: "Bench", last_name: `${i}`, has_account: true }))
    )
  return {
    variants: variants as { id: string; sku: string; product_id: string }[],
    region: region!,
    channel: channel!,
    standard: options.find((o) => o.name.startsWith("Standard shipping"))!,
    customers,
  }
}

async function createDueSubscriptions(
  container: MedusaContainer,
  shop: Awaited<ReturnType<typeof shopFacts>>,
  variants: { id: string; product_id: string }[],
  batch: number
) {
  for (const variant of variants) await setStock(container, variant.id, COUNT * 2 * batch)
  const due = new Date(Date.now() - 60_000)
  await subscriptionService(container).createSubscriptions(
    Array.from({ length: COUNT }, (_, i) => {
      const customer = shop.customers[i % shop.customers.length]!
      const variant = variants[i % variants.length]!
      return {
        customer_id: customer.id,
        email: customer.email,
        product_id: variant.product_id,
        variant_id: variant.id,
        quantity: 1,
        interval_days: 30,
        discount_percent: 15,
        currency_code: "usd",
        region_id: shop.region.id,
        sales_channel_id: shop.channel.id,
        shipping_option_id: shop.standard.id,
        shipping_address: {
          first_name: "Bench",
          last_name: "Mark",
          address_1: "1 Main St",
          city: "Portland",
          province: "OR",
          postal_code: "97204",
          country_code: "us",
        },
        payment_provider_id: "pp_system_default",
        next_delivery_at: due,
      }
    })
  )
}

/** Keeps the other scenarios' latest figures, so one scenario can be re-run alone. */
function record(run: Scenario) {
  const file = join(RESULTS_DIR, "renewals.json")
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { scenarios?: Scenario[] }) : {}
  const scenarios = [...(previous.scenarios ?? []).filter((s) => s.scenario !== run.scenario), run]
  const result = {
    benchmark: "subscription renewals, one worker (job concurrency 4)",
    machine: `${cpus().length} × ${cpus()[0]?.model?.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    scenarios,
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write(`\n${JSON.stringify(run, null, 2)}\n`)
}
