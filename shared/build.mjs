// Builds @biome/shared for its three kinds of consumer. The unified (Markdown) packages ship ES modules
// only, while the Medusa backend and its jest tests load this package with require(): so the CommonJS
// build carries those packages inside it. The admin (Vite) and the storefront (Next) import the ES build,
// which leaves them to their own bundlers. Types come from tsc.
import { build } from "esbuild"

const common = { entryPoints: ["src/index.ts"], bundle: true, target: "es2022", logLevel: "warning", legalComments: "none" }

await Promise.all([
  build({ ...common, platform: "node", format: "cjs", outfile: "dist/index.js" }),
  build({ ...common, platform: "neutral", format: "esm", packages: "external", outfile: "dist/index.mjs" }),
])
