import { defineConfig } from "vitest/config"

const reportsDir = process.env.REPORTS_DIR

/** End-to-end tests: a real browser against the built backend and storefront, started once in globalSetup. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: "forks",
    reporters: reportsDir ? ["default", "json"] : ["default"],
    outputFile: reportsDir ? { json: `${reportsDir}/storefront-e2e.json` } : undefined,
  },
})
