import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    reporters: process.env.REPORTS_DIR ? ["default", "json"] : ["default"],
    outputFile: process.env.REPORTS_DIR ? { json: `${process.env.REPORTS_DIR}/shared.json` } : undefined,
  },
})
