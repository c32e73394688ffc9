// `npm run bench -- --big`: the same shop with its 20 seeded products and then with 5,000 more (the bench seed,
// backend/src/scripts/seed-big-catalog.ts), measured in one run: a category page, a product page and add to
// cart. Written to bench/results/pages.json under `bigCatalogue`, with the ratio big / small per figure.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { join } from "node:path"
import { startBenchStack } from "./bench-stack.mjs"
import { step, ok } from "./log.mjs"

const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 8)
const CONNECTIONS = 16
const ADDS = Number(process.env.BENCH_BIG_ADDS ?? 30)
/** The seeded category every run measures; the big seed adds 250 products to it. */
const CATEGORY = "daily-digestive"

export async function benchBigCatalogue({ root, db }) {
  const stack = await startBenchStack({ root, db })
  try {
    const { regions } = await stack.store("/store/regions?fields=id,*countries")
    const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "us")) ?? regions[0]
    const { products } = await stack.store("/store/products?limit=100&fields=id,handle,*variants&order=title")
    // The seeded categories, measured in both shops: the big seed adds 250 products to each.
    const { product_categories: seeded } = await stack.store("/store/product-categories?limit=100&fields=handle")
    const categories = seeded.map((c) => c.handle)
    const small = await measure(stack, region, products, categories, `${products.length}-product shop`)

    step("Big catalogue: seeding 5,000 products in 20 categories (Medusa workflows, chunks of 250)…")
    const seedStarted = performance.now()
    await stack.exec("./src/scripts/seed-big-catalog.ts")
    const seedSeconds = Math.round((performance.now() - seedStarted) / 1000)
    const { count } = await stack.store("/store/products?limit=1&fields=id")
    ok(`Big catalogue: ${count} products in the store after ${seedSeconds} s`)
    await stack.restartStorefront()
    const big = await measure(stack, region, products, categories, `${count}-product shop`)

    const rows = Object.keys(small).map((measureName) => {
      const { unit, value: a } = small[measureName]
      const b = big[measureName].value
      // Ratio as "how many times worse": for req/s the small figure over the big one, for times the other way.
      const ratio = unit === "req/s" ? a / b : b / a
      return { measure: measureName, unit, small: a, big: b, ratio: Math.round(ratio * 100) / 100 }
    })
    for (const row of rows)
      console.log(
        `  ${row.measure.padEnd(34)} ${String(row.small).padStart(6)} → ${String(row.big).padStart(6)} ${row.unit.padEnd(5)} ×${row.ratio}`
      )
    const file = join(root, "bench", "results", "pages.json")
    mkdirSync(join(root, "bench", "results"), { recursive: true })
    const results = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
    results.bigCatalogue = {
      recordedAt: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
      products: { small: products.length, big: count },
      seedSeconds,
      durationSecondsPerRun: SECONDS,
      connections: CONNECTIONS,
      target: "each figure within 1.5× of the small shop's",
      rows,
      load1: Number(loadavg()[0].toFixed(2)),
    }
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    ok("Big catalogue: written to bench/results/pages.json (bigCatalogue)")
    return results.bigCatalogue
  } finally {
    await stack.stop()
  }
}

/**
 * Cold renders (the median of several pages, as the first render of a route also pays for loading its code),
 * then cached throughput of a category and a product page, then add-to-cart latency.
 */
async function measure(stack, region, products, categories, label) {
  step(`Big catalogue: measuring the ${label}…`)
  const page = async (path) => {
    const started = performance.now()
    const res = await fetch(`${stack.storefrontUrl}${path}`)
    await res.text()
    if (!res.ok) throw new Error(`${path}: ${res.status}`)
    return performance.now() - started
  }
  const categoryCold = []
  for (const handle of categories) categoryCold.push(await page(`/categories/${handle}`))
  const productCold = []
  for (const product of products.slice(1, 6)) productCold.push(await page(`/products/${product.handle}`))
  const product = products[0]
  await page(`/products/${product.handle}`)

  const autocannon = (await import("autocannon")).default
  const load = async (path) => {
    const result = await autocannon({ url: `${stack.storefrontUrl}${path}`, connections: CONNECTIONS, duration: SECONDS })
    if (result.errors + result.timeouts + result.non2xx > 0) throw new Error(`${path}: errors under load`)
    return result
  }
  const category = await load(`/categories/${CATEGORY}`)
  const productLoad = await load(`/products/${product.handle}`)

  // Add to cart as the storefront does it: the store API's line-items route, one new cart per add.
  const variant = product.variants[0]
  const adds = []
  for (let i = 0; i < ADDS; i++) {
    const { cart } = await stack.store("/store/carts", { method: "POST", body: JSON.stringify({ region_id: region.id }) })
    const started = performance.now()
    await stack.store(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: JSON.stringify({ variant_id: variant.id, quantity: 1 }),
    })
    adds.push(performance.now() - started)
  }
  const round = (ms) => Math.round(ms)
  return {
    [`category page, cold render (median of ${categories.length})`]: { unit: "ms", value: round(median(categoryCold)) },
    "category page, cached": { unit: "req/s", value: round(category.requests.average) },
    "category page, cached p99": { unit: "ms", value: category.latency.p99 },
    "product page, cold render (median of 5)": { unit: "ms", value: round(median(productCold)) },
    "product page, cached": { unit: "req/s", value: round(productLoad.requests.average) },
    "product page, cached p99": { unit: "ms", value: productLoad.latency.p99 },
    [`add to cart, median of ${ADDS}`]: { unit: "ms", value: round(median(adds)) },
    [`add to cart, p95 of ${ADDS}`]: { unit: "ms", value: round(percentile(adds, 0.95)) },
  }
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]
const median = (values) => percentile(values, 0.5)
