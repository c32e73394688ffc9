#!/usr/bin/env node
// `npm test`: installs what is missing, finds or starts a PostgreSQL, runs every workspace's tests and ends
// with one line `N passed, N failed`. Exits non-zero when anything failed.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
await ensureInstalled(root)
const { runTests } = await import("./lib/tests.mjs")
process.exit(await runTests(root, process.argv.slice(2)))
