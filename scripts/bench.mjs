#!/usr/bin/env node
// `npm run bench`: the backend's benchmarks against a real PostgreSQL (the test database server), with the
// figures written to bench/results/*.json. BENCH_RENEWALS sets how many subscriptions are due (1000).
// Then the storefront's pages (scripts/lib/bench-pages.mjs). BENCH_ONLY=pages or BENCH_ONLY=backend runs one part.
// `npm run bench -- --big` runs only the big-catalogue comparison (scripts/lib/bench-big.mjs): 20 products, then
// 5,000 more, in one run.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
await ensureInstalled(root)
const { resolveDatabase } = await import("./lib/database.mjs")
const { run } = await import("./lib/process.mjs")
const big = process.argv.includes("--big")
const db = await resolveDatabase({ root, purpose: "test", defaultDatabase: "postgres" })
let code = 0
try {
  await run(join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--filter=@biome/shared", "--output-logs=errors-only"], {
    cwd: root,
  })
  if (big) {
    const { benchBigCatalogue } = await import("./lib/bench-big.mjs")
    await benchBigCatalogue({ root, db })
  } else if (process.env.BENCH_ONLY !== "pages")
    await run("node", ["integration-tests/run-jest.js", "--config", "bench/jest.config.js"], {
      cwd: join(root, "backend"),
      env: {
        DB_HOST: db.server.host === "127.0.0.1" ? "localhost" : db.server.host,
        DB_PORT: String(db.server.port),
        DB_USERNAME: db.server.user,
        DB_PASSWORD: db.server.password,
        BENCH_RESULTS_DIR: join(root, "bench", "results"),
      },
    })
  if (!big && process.env.BENCH_ONLY !== "backend") {
    const { benchPages } = await import("./lib/bench-pages.mjs")
    await benchPages({ root, db })
  }
} catch (e) {
  console.error(e.message)
  code = 1
} finally {
  await db.stop()
}
process.exit(code)
