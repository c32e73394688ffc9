// Builds @biome/shared for its three kinds of consumer. The unified (Markdown) packages ship ES modules
// only, while the Medusa backend and its jest tests load this package with require(): so the CommonJS
// build carries those packages inside it. The admin (Vite) and the storefront (Next) import the ES build,
// which leaves them to their own bundlers. Types come from tsc.
//
// Two entries: the whole package (src/index.ts) and its dependency-free commerce half (src/commerce.ts,
// `@biome/shared/commerce`), which browser bundles import. The ES build splits them, so the commerce code
// exists once (in a chunk both entries import) and a module that reaches both entries shares its values.
import { build } from "esbuild"
import { fileURLToPath } from "node:url"

// The claims check's grammar reader carries a 4 MB language model (wink-nlp): only the CommonJS build, which
// the backend runs the check with, gets it. The ES build uses the model-free stand-in (src/claims/nlp.browser.ts).
const withoutModel = {
  name: "claims-nlp-without-model",
  setup(b) {
    b.onResolve({ filter: /^\.\/nlp$/ }, () => ({ path: fileURLToPath(new URL("./src/claims/nlp.browser.ts", import.meta.url)) }))
  },
}

const common = {
  entryPoints: ["src/index.ts", "src/commerce.ts"],
  bundle: true,
  target: "es2022",
  logLevel: "warning",
  legalComments: "none",
}

await Promise.all([
  build({ ...common, platform: "node", format: "cjs", outdir: "dist" }),
  build({
    ...common,
    platform: "neutral",
    format: "esm",
    packages: "external",
    plugins: [withoutModel],
    outdir: "dist",
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  }),
])
