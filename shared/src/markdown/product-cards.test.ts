import { describe, expect, it } from "vitest"
import { checkProductCards, findProductCards, productCardHandles } from "./product-cards"

const products = [
  { handle: "daily-balance-probiotic", title: "Daily Balance Probiotic", status: "published", linked: true },
  { handle: "gut-restore-50", title: "Gut Restore 50", status: "published", linked: false },
  { handle: "travel-boulardii", title: "Travel Boulardii", status: "draft", linked: true },
]

describe("product cards in a guide", () => {
  it("finds each ::product directive where it stands, with its handle", () => {
    const body = 'Intro.\n\n::product{handle="daily-balance-probiotic"}\n\nMore.\n\n- item\n\n  ::product{handle=gut-restore-50}'
    expect(findProductCards(body).map((c) => [c.handle, body.slice(c.start, c.end)])).toEqual([
      ["daily-balance-probiotic", '::product{handle="daily-balance-probiotic"}'],
      ["gut-restore-50", "::product{handle=gut-restore-50}"],
    ])
    expect(productCardHandles(`${body}\n\n::product{handle="daily-balance-probiotic"}`)).toEqual([
      "daily-balance-probiotic",
      "gut-restore-50",
    ])
  })

  it("passes cards for published products linked to the guide", () => {
    expect(checkProductCards('::product{handle="daily-balance-probiotic"}', products)).toEqual([])
  })

  it("tells the editor about cards for unlinked, unpublished, unknown or unnamed products", () => {
    const body = [
      '::product{handle="gut-restore-50"}',
      '::product{handle="travel-boulardii"}',
      '::product{handle="no-such-probiotic"}',
      "::product",
      '::video{src="x"}',
    ].join("\n\n")
    expect(checkProductCards(body, products).map((p) => [p.code, p.handle])).toEqual([
      ["unlinked_product", "gut-restore-50"],
      ["unpublished_product", "travel-boulardii"],
      ["unknown_product", "no-such-probiotic"],
      ["invalid_handle", ""],
      ["unknown_directive", null],
    ])
    expect(checkProductCards(body, products)[0]!.message).toContain("Gut Restore 50")
  })

  it("keeps words with a colon as words, not directives", () => {
    expect(checkProductCards("A ratio:high and a note:this word.", products)).toEqual([])
  })
})
