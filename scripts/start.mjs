#!/usr/bin/env node
// `npm start`: installs what is missing, brings up PostgreSQL, migrates and seeds once, builds, then runs the
// backend (one process, or a server and a worker with REDIS_URL) and the storefront until Ctrl-C.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
await ensureInstalled(root)
const { runStore } = await import("./lib/store.mjs")
await runStore(root)
