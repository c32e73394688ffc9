import { describe, expect, it } from "@jest/globals"
import { blockingProblems, hasUnsavedChanges, linkableGuides, moveBy, publishBlockedBecause } from "../editor-state"
import type { GuideCompliance, GuideDraft } from "../types"

const saved: GuideDraft = {
  slug: "gut-skin-axis",
  title: "The gut-skin axis",
  summary: "How the gut and the skin talk.",
  body: "Signals travel both ways.[^1]",
  hero_image_url: null,
  tags: ["skin"],
  author_id: "auth_1",
  reviewer_id: null,
  citations: [{ authors: "Salem I", title: "The Gut Microbiome", journal: "Front Microbiol", year: 2018, doi: "10.3389/fmicb.2018.01459" }],
}

const report = (overrides: Partial<GuideCompliance> = {}): GuideCompliance => ({
  ok: true,
  claims: { ok: true, findings: [], marked_claims: 0, disclaimer: null } as unknown as GuideCompliance["claims"],
  citation_errors: [],
  product_card_errors: [],
  ...overrides,
})

describe("unsaved changes in the guide editor", () => {
  it("a form that matches the saved guide has nothing to lose", () => {
    expect(hasUnsavedChanges(saved, { ...saved })).toBe(false)
    expect(hasUnsavedChanges(saved, { ...saved, hero_image_url: "  " })).toBe(false)
  })

  it("a changed body, tag or citation is unsaved", () => {
    expect(hasUnsavedChanges(saved, { ...saved, body: `${saved.body} More.` })).toBe(true)
    expect(hasUnsavedChanges(saved, { ...saved, tags: ["skin", "gut"] })).toBe(true)
    expect(hasUnsavedChanges(saved, { ...saved, citations: [{ ...saved.citations[0]!, year: 2019 }] })).toBe(true)
  })
})

describe("why Publish is disabled", () => {
  it("says how many problems the compliance panel lists while it blocks", () => {
    const blocked = report({
      ok: false,
      claims: { ok: false, findings: [{ severity: "error" }, { severity: "warning" }] } as unknown as GuideCompliance["claims"],
      citation_errors: [{ code: "missing", message: "[^3] has no reference" }] as unknown as GuideCompliance["citation_errors"],
    })
    expect(blockingProblems(blocked)).toBe(2)
    expect(publishBlockedBecause({ body: "x", checking: false, failed: false, report: blocked })).toBe(
      "The compliance panel lists 2 problems to fix before publishing."
    )
  })

  it("waits for a check of the latest text, and for a check that could not run", () => {
    expect(publishBlockedBecause({ body: "x", checking: true, failed: false, report: report() })).toMatch(/Waiting/)
    expect(publishBlockedBecause({ body: "x", checking: false, failed: false, report: undefined })).toMatch(/Waiting/)
    expect(publishBlockedBecause({ body: "x", checking: false, failed: true, report: undefined })).toMatch(/could not run/)
    expect(publishBlockedBecause({ body: "  ", checking: false, failed: false, report: undefined })).toMatch(/Write the body/)
  })

  it("a clean check lets Publish through", () => {
    expect(publishBlockedBecause({ body: "x", checking: false, failed: false, report: report() })).toBeNull()
  })
})

describe("a product's guide list", () => {
  it("moves a guide one place up or down, and nowhere past the ends", () => {
    expect(moveBy(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"])
    expect(moveBy(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"])
    expect(moveBy(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"])
    expect(moveBy(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"])
  })

  it("the link picker offers published guides that are not linked yet", () => {
    const guides = [
      { id: "g1", status: "published" as const },
      { id: "g2", status: "draft" as const },
      { id: "g3", status: "published" as const },
    ]
    expect(linkableGuides(guides, ["g3"]).map((g) => g.id)).toEqual(["g1"])
  })
})
