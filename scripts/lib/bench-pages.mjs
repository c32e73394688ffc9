// The storefront's page benchmark (`npm run bench`, or BENCH_ONLY=pages): the production builds of backend and
// storefront on a fresh seeded database, then autocannon against product, guide, home and category pages (16
// and 64 connections), a static file of the same Next server as the ceiling and the backend's /store/products
// for reference; the cold first render of product pages; the seconds from an admin price change to the new
// price on the page; the product page's first-load JavaScript (gzipped); Lighthouse (mobile) when Chromium is
// there. Figures go to bench/results/pages.json.
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { gzipSync } from "node:zlib"
import { ADMIN, startBenchStack } from "./bench-stack.mjs"
import { step, ok, warn } from "./log.mjs"

const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 8)
const CONNECTIONS = [16, 64]
/** An unrecorded run per target first, so the first measured page does not pay for the JIT's warm-up (it read a third lower). */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3)
const LIGHTHOUSE = "lighthouse@12.2.3"
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export async function benchPages({ root, db }) {
  const stack = await startBenchStack({ root, db })
  const { backendUrl, storefrontUrl, publishableKey, store } = stack
  try {
    const { regions } = await store("/store/regions?fields=id,*countries")
    const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "us")) ?? regions[0]
    const { products } = await store("/store/products?limit=100&fields=id,handle&order=title")
    const { guides } = await store("/store/guides?limit=5")
    const { product_categories: categories } = await store("/store/product-categories?limit=5&fields=handle")

    // Cold renders first: nothing is cached yet for these products.
    step("Pages: cold first renders…")
    const cold = []
    for (const product of products.slice(1, 6)) {
      const started = performance.now()
      const res = await fetch(`${storefrontUrl}/products/${product.handle}`)
      await res.text()
      cold.push(Math.round(performance.now() - started))
    }

    const pages = {
      product: `/products/${products[0].handle}`,
      guide: `/guides/${guides[0].slug}`,
      home: "/",
      category: `/categories/${categories[0].handle}`,
    }
    for (const path of Object.values(pages)) await (await fetch(`${storefrontUrl}${path}`)).text()
    const firstLoadJs = await firstLoadJavaScript(storefrontUrl, pages.product)
    const staticFile = firstLoadJs.files[0]

    step(`Pages: autocannon, ${SECONDS} s a run after ${WARMUP_SECONDS} s of warm-up…`)
    const autocannon = (await import("autocannon")).default
    const load = []
    const targets = [
      ...Object.entries(pages).map(([name, path]) => ({ name, url: `${storefrontUrl}${path}` })),
      { name: "static file (ceiling)", url: `${storefrontUrl}${staticFile}` },
      {
        name: "backend /store/products",
        url: `${backendUrl}/store/products?limit=20&region_id=${region.id}&fields=*variants.calculated_price`,
        headers: { "x-publishable-api-key": publishableKey },
      },
    ]
    for (const target of targets) {
      if (WARMUP_SECONDS > 0) await autocannon({ url: target.url, headers: target.headers, connections: 16, duration: WARMUP_SECONDS })
      for (const connections of CONNECTIONS) {
        const result = await autocannon({ url: target.url, headers: target.headers, connections, duration: SECONDS })
        const row = {
          page: target.name,
          connections,
          requestsPerSecond: Math.round(result.requests.average),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
          load1: Number(loadavg()[0].toFixed(2)),
        }
        load.push(row)
        console.log(
          `  ${row.page.padEnd(24)} c=${String(connections).padEnd(3)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.p50Ms} ms  p99 ${row.p99Ms} ms  errors ${row.errors}  (load ${row.load1})`
        )
      }
    }

    step("Pages: an admin price change, until the product page shows it…")
    const priceChange = await priceChangeSeconds({ backendUrl, storefrontUrl, product: products[0] })

    const lighthouse = await runLighthouse(storefrontUrl, { home: pages.home, product: pages.product, guide: pages.guide })

    const results = {
      recordedAt: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
      caveat:
        "load1 per row says how busy the 2 cores were during that run (autocannon and both servers share them); figures are indicative.",
      durationSecondsPerRun: SECONDS,
      warmupSecondsPerTarget: WARMUP_SECONDS,
      load,
      coldFirstRenderMs: { median: median(cold), samples: cold },
      priceChangeVisibleSeconds: priceChange,
      productFirstLoadJsGzipKb: firstLoadJs.gzipKb,
      lighthouse,
    }
    const dir = join(root, "bench", "results")
    mkdirSync(dir, { recursive: true })
    // The big-catalogue comparison (`npm run bench -- --big`) keeps its own key in the same file.
    const previous = existsSync(join(dir, "pages.json")) ? JSON.parse(readFileSync(join(dir, "pages.json"), "utf8")) : {}
    if (previous.bigCatalogue) results.bigCatalogue = previous.bigCatalogue
    writeFileSync(join(dir, "pages.json"), `${JSON.stringify(results, null, 2)}\n`)
    ok(
      `Pages: cold render median ${results.coldFirstRenderMs.median} ms, price change visible in ${priceChange} s, product first-load JS ${firstLoadJs.gzipKb} KB gzipped`
    )
    ok("Pages: written to bench/results/pages.json")
    return results
  } finally {
    await stack.stop()
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null
}

/**
 * Every script the product page's HTML loads, fetched and gzipped: what a first visit downloads. The
 * `noModule` polyfills are left out: only browsers without ES modules fetch them.
 */
async function firstLoadJavaScript(base, path) {
  const html = await (await fetch(`${base}${path}`)).text()
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag))
  const files = [...new Set(tags.flatMap((tag) => /src="([^"]+\.js[^"]*)"/.exec(tag)?.[1].replaceAll("&amp;", "&") ?? []))]
  let bytes = 0
  for (const file of files) bytes += gzipSync(Buffer.from(await (await fetch(new URL(file, base))).arrayBuffer()), { level: 9 }).length
  return { files, gzipKb: Math.round(bytes / 102.4) / 10 }
}

/** Logs in as the admin, moves a variant's US price by a few cents and times until the page shows it. */
async function priceChangeSeconds({ backendUrl, storefrontUrl, product }) {
  const { token } = await (
    await fetch(`${backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
  ).json()
  const admin = (path, init = {}) =>
    fetch(`${backendUrl}${path}`, { ...init, headers: { "content-type": "application/json", authorization: `Bearer ${token}` } }).then(
      async (r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`)
        return r.json()
      }
    )
  const { product: full } = await admin(`/admin/products/${product.id}?fields=id,*variants,*variants.prices`)
  const variant = full.variants[0]
  const usd = variant.prices.find((p) => p.currency_code === "usd")
  const newAmount = Math.round((usd.amount - 1.11) * 100) / 100
  const shown = newAmount.toFixed(2)
  const started = performance.now()
  await admin(`/admin/products/${product.id}/variants/${variant.id}`, {
    method: "POST",
    body: JSON.stringify({
      prices: variant.prices.map((p) => ({ id: p.id, currency_code: p.currency_code, amount: p.id === usd.id ? newAmount : p.amount })),
    }),
  })
  while (performance.now() - started < 60_000) {
    const html = await (await fetch(`${storefrontUrl}/products/${product.handle}`)).text()
    if (html.includes(shown)) return Math.round((performance.now() - started) / 10) / 100
    await new Promise((r) => setTimeout(r, 100))
  }
  warn("Pages: the new price did not show within 60 s")
  return null
}

/** Runs per page: Lighthouse's own variability guidance takes the median of several, since one run's CPU-bound audits swing with the machine. */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3))

/**
 * Lighthouse on the mobile preset (its default) with Debian's Chromium, each page LIGHTHOUSE_RUNS times; the
 * run with the median performance score is recorded, with every run's score beside it. Skipped without Chromium.
 */
async function runLighthouse(base, pages) {
  if (process.env.BENCH_LIGHTHOUSE === "off" || !existsSync(CHROMIUM)) {
    warn(`Pages: Lighthouse skipped (${existsSync(CHROMIUM) ? "BENCH_LIGHTHOUSE=off" : `no Chromium at ${CHROMIUM}`})`)
    return null
  }
  step(`Pages: Lighthouse (mobile), ${LIGHTHOUSE_RUNS} runs a page…`)
  const scores = {}
  for (const [name, path] of Object.entries(pages)) {
    const runs = []
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      try {
        runs.push(await lighthouseOnce(`${base}${path}`))
      } catch (error) {
        warn(`Pages: Lighthouse on ${path} failed: ${error.message}`)
      }
    }
    if (!runs.length) {
      scores[name] = null
      continue
    }
    const sorted = [...runs].sort((a, b) => a.performance - b.performance)
    scores[name] = { ...sorted[Math.floor((sorted.length - 1) / 2)], performanceRuns: runs.map((run) => run.performance) }
    console.log(`  ${name.padEnd(8)} ${JSON.stringify(scores[name])}`)
  }
  return scores
}

/** One Lighthouse run: the four category scores, LCP and TBT, and what cost points. */
async function lighthouseOnce(url) {
  const out = join(mkdtempSync(join(tmpdir(), "biome-lh-")), "report.json")
  await new Promise((resolve, reject) => {
    const child = spawn(
      "npx",
      [
        "--yes",
        LIGHTHOUSE,
        url,
        "--output=json",
        `--output-path=${out}`,
        "--quiet",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "inherit"] }
    )
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}`))))
  })
  const report = JSON.parse(readFileSync(out, "utf8"))
  rmSync(dirname(out), { recursive: true, force: true })
  const result = Object.fromEntries(Object.entries(report.categories).map(([key, c]) => [key, Math.round(c.score * 100)]))
  result.lcpMs = Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0)
  result.tbtMs = Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0)
  // What cost points, so a missed target says why.
  result.failedAudits = Object.values(report.categories).flatMap((c) =>
    c.auditRefs.filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 0.9).map((ref) => ref.id)
  )
  // The console errors themselves, when Lighthouse counts them: the figure alone does not say what to fix.
  const consoleErrors = report.audits["errors-in-console"]?.details?.items ?? []
  if (consoleErrors.length)
    result.consoleErrors = consoleErrors.slice(0, 5).map((i) => `${i.source ?? ""}: ${String(i.description ?? "").slice(0, 200)}`)
  return result
}
