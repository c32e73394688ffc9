import { describe, expect, it } from "vitest"
import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR, countMarkedClaims } from "../disclaimer"
import { checkClaims, type ClaimCheckResult } from "./index"

import { LEGACY_EXAMPLES, type Outcome } from "./corpus/legacy"

function outcome(result: ClaimCheckResult): Outcome {
  const short = (rule: string) => (rule === "disease-claim" ? "disease" : "unmarked")
  const errors = [...new Set(result.findings.filter((f) => f.severity === "error").map((f) => short(f.rule)))].sort()
  if (errors.length > 0) return errors.join("+") as Outcome
  const warning = result.findings[0]
  return warning ? (`warn:${short(warning.rule)}` as Outcome) : "pass"
}

const examples = LEGACY_EXAMPLES

describe("checkClaims: example sentences", () => {
  it.each(examples)("%s copy %j → %s", (kind, text, expected) => {
    const result = checkClaims(text, { kind })
    expect(outcome(result)).toBe(expected)
    expect(result.ok).toBe(!["disease", "unmarked", "disease+unmarked"].includes(expected))
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt)
  })

  it("has a table of at least 70 sentences", () => {
    expect(examples.length).toBeGreaterThanOrEqual(70)
  })
})

describe("checkClaims: positions and reasons", () => {
  it("points at the claim inside the original text, Markdown and all", () => {
    const text = "# Gut Balance\n\nVegan and gluten-free. **Our probiotic** clears acne [1] and supports digestion*."
    const { findings } = checkClaims(text)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.excerpt).toBe("clears acne")
    expect(finding?.start).toBe(text.indexOf("clears acne"))
    expect(finding?.end).toBe(text.indexOf("clears acne") + "clears acne".length)
  })

  it("names the disease and the verb in the reason, with a compliant rewording", () => {
    const [finding] = checkClaims("This formula calms rosacea.").findings
    expect(finding?.rule).toBe("disease-claim")
    expect(finding?.severity).toBe("error")
    expect(finding?.reason).toContain("calms rosacea")
    expect(finding?.reason).toContain("mitigate rosacea")
    expect(finding?.reason).toContain("supports clear-looking skin*")
  })

  it("words a risk-reduction claim as such", () => {
    const [finding] = checkClaims("Our blend reduces the risk of colon cancer.").findings
    expect(finding?.excerpt).toBe("reduces the risk of colon cancer")
    expect(finding?.reason).toContain("reduce the risk of cancer")
  })

  it("reports each claim in a paragraph with its own position", () => {
    const text = "Supports digestive health*. Heals IBS.\nNourishes the skin."
    const found = checkClaims(text).findings.map((f) => [f.rule, f.excerpt, f.start])
    expect(found).toEqual([
      ["disease-claim", "Heals IBS", text.indexOf("Heals")],
      ["unmarked-structure-function", "Nourishes the skin", text.indexOf("Nourishes")],
    ])
  })

  it("asks for the marker right after an unmarked claim", () => {
    const [finding] = checkClaims("Supports immune function and vitality.").findings
    expect(finding?.excerpt).toBe("Supports immune function")
    expect(finding?.reason).toContain('"Supports immune function*"')
  })

  it("knows the shop's product names when the backend passes them", () => {
    expect(checkClaims("Gut Balance clears acne.", { kind: "guide" }).ok).toBe(true)
    expect(checkClaims("Gut Balance clears acne.", { kind: "guide", productNames: ["Gut Balance"] }).ok).toBe(false)
  })

  it("treats text as product copy unless told it is a guide", () => {
    expect(checkClaims("Say goodbye to breakouts.").ok).toBe(false)
    expect(checkClaims("Say goodbye to breakouts.", { kind: "guide" }).ok).toBe(true)
  })

  it("reads a pronoun in a guide as the product named in the sentence before it", () => {
    const text = "Our formula contains ten strains.\nIt heals leaky gut."
    expect(outcome(checkClaims(text, { kind: "guide" }))).toBe("disease")
    expect(outcome(checkClaims("Leaky gut is debated.\n\nIt heals leaky gut.", { kind: "guide" }))).toBe("pass")
  })

  it("passes a whole compliant guide with citations, lists and the boxed disclaimer", () => {
    const guide = [
      "# The gut-skin axis",
      "",
      "Your gut and your skin exchange signals in both directions, the *gut-skin axis* [1]. Researchers are asking whether the gut microbiome plays a role in acne, eczema and rosacea [2].",
      "",
      "- People with rosacea are more likely to have SIBO [2].",
      "- Exercise changes the gut microbiota (Monda et al., 2017).",
      "",
      "Our **Gut Balance** probiotic supports digestive health* and a balanced gut microbiome*.",
      "If you have acne, talk to a dermatologist. A probiotic is not a treatment for any skin disease.",
      "",
      `*${FDA_DISCLAIMER_PLURAL}`,
    ].join("\n")
    const result = checkClaims(guide, { kind: "guide" })
    expect(result.findings).toEqual([])
    expect(result.ok).toBe(true)
    expect(result.markedClaims).toBe(2)
    expect(result.disclaimer).toBe(FDA_DISCLAIMER_PLURAL)
  })
})

describe("checkClaims: marked claims and the disclaimer", () => {
  it.each([
    ["Vegan and gluten-free.", 0, null],
    ["Supports digestive health*", 1, FDA_DISCLAIMER_SINGULAR],
    ["Supports immune health.*", 1, FDA_DISCLAIMER_SINGULAR],
    ["Supports digestive health* and immune function*", 2, FDA_DISCLAIMER_PLURAL],
    ["- Supports regularity*\n- Promotes clear-looking skin (with daily use)*\n- Nourishes the gut*", 3, FDA_DISCLAIMER_PLURAL],
    ["Made with *Lacticaseibacillus rhamnosus* GG and **no** fillers.", 0, null],
    ["*Supports digestive health*", 0, null],
    ["**Supports gut health***", 1, FDA_DISCLAIMER_SINGULAR],
  ] as const)("%j has %i marked claims", (text, count, disclaimer) => {
    const result = checkClaims(text)
    expect(result.markedClaims).toBe(count)
    expect(result.markedClaims).toBe(countMarkedClaims(text))
    expect(result.disclaimer).toBe(disclaimer)
  })

  it("a page with one claim uses the singular wording", () => {
    expect(checkClaims("Helps maintain regularity*").disclaimer).toMatch(/^This statement has not been evaluated/)
  })

  it("a page with several claims uses the plural wording", () => {
    expect(checkClaims("Helps maintain regularity* and supports gut flora*").disclaimer).toMatch(
      /^These statements have not been evaluated/
    )
  })

  it("a disease claim stays an error even when it carries a marker", () => {
    const result = checkClaims("Cures eczema*")
    expect(result.ok).toBe(false)
    expect(result.markedClaims).toBe(1)
  })
})
