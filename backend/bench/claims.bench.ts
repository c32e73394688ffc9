import { mkdirSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import { checkClaims } from "@biome/shared"
import { CATALOG } from "../src/scripts/seed/catalog"
import { GUIDES } from "../src/scripts/seed/guide-bodies"

const RUNS = Number(process.env.BENCH_CLAIMS_RUNS ?? 20)
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? join(__dirname, "..", "..", "bench", "results")
const LIMIT_MS_PER_SENTENCE = 5

// Claims of the kinds the check must refuse, one sentence each (its hardest work: every rule runs).
const CLAIMS = [
  "Take two capsules a day to treat rosacea.",
  "A gentle alternative to antibiotics for gut infections.",
  "Helps you get over a cold faster.",
  "Your shield against the flu.",
  "Our fibre treats diarrhoea.",
  "Acts like an antiviral for your gut.",
  "Our Women's blend supports a healthy vaginal microbiome.",
  "Prevents traveler's diarrhea.",
  "Supports digestive health*. It also heals stomach ulcers.",
  "Sore throat? Take two capsules.",
]

const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /\p{L}/u.test(s)).length
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const round = (value: number, digits = 3) => Number(value.toFixed(digits))

/** How long the claims check takes per sentence on the shop's real copy, guides and a set of claims. */
describe("claims check speed", () => {
  it(`checks every seeded product, guide and claim in under ${LIMIT_MS_PER_SENTENCE} ms per sentence`, () => {
    const titles = CATALOG.map((p) => p.title)
    const texts: { text: string; kind: "product" | "guide"; names: string[] }[] = [
      ...CATALOG.flatMap((p) =>
        [p.title, p.subtitle, p.description, p.facts.directions, p.facts.storage].map((text) => ({
          text,
          kind: "product" as const,
          names: [p.title],
        }))
      ),
      ...GUIDES.flatMap((g) => [g.summary, g.body].map((text) => ({ text, kind: "guide" as const, names: titles }))),
      ...CLAIMS.map((text) => ({ text, kind: "product" as const, names: [] })),
    ]
    const sentences = texts.reduce((n, t) => n + sentenceCount(t.text), 0)

    const loading = process.hrtime.bigint()
    checkClaims("Take one capsule a day.") // the first call sets up the language model
    const loadMs = Number(process.hrtime.bigint() - loading) / 1e6

    const perSentence: number[] = []
    for (let run = 0; run < RUNS; run++) {
      // Distinct text each run, so no run is answered from the parse caches of the one before.
      const suffix = ` Run ${run}.`
      const started = process.hrtime.bigint()
      for (const t of texts) checkClaims(t.text + suffix, { kind: t.kind, productNames: t.names })
      perSentence.push(Number(process.hrtime.bigint() - started) / 1e6 / (sentences + texts.length))
    }
    perSentence.sort((a, b) => a - b)
    const result = {
      benchmark: "claims check (checkClaims, @biome/shared CommonJS build with wink-nlp) per sentence",
      texts: texts.length,
      sentences,
      runs: RUNS,
      first_call_ms: round(loadMs, 1),
      ms_per_sentence: {
        p50: round(percentile(perSentence, 50)),
        p95: round(percentile(perSentence, 95)),
        max: round(perSentence.at(-1)!),
      },
      limit_ms_per_sentence: LIMIT_MS_PER_SENTENCE,
      machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
      node: process.version,
      date: new Date().toISOString(),
    }
    mkdirSync(RESULTS_DIR, { recursive: true })
    writeFileSync(join(RESULTS_DIR, "claims.json"), `${JSON.stringify(result, null, 2)}\n`)
    console.info(JSON.stringify(result, null, 2))
    expect(result.ms_per_sentence.p95).toBeLessThan(LIMIT_MS_PER_SENTENCE)
  })
})
