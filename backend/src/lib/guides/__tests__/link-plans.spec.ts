import { planGuideProductLinks, planProductGuideOrder, type GuideProductLinkRow } from "../link-plans"

const link = (guide_id: string, product_id: string, position: number, is_primary = false): GuideProductLinkRow => ({
  guide_id,
  product_id,
  position,
  is_primary,
})

describe("the content team linking a guide to products", () => {
  it("makes a guide the primary guide of a product that had none, at the end of its list", () => {
    const plan = planGuideProductLinks("g_new", [], [{ product_id: "p1" }], [])
    expect(plan).toEqual({ upsert: [link("g_new", "p1", 0, true)], dismiss: [] })
  })

  it("appends a guide to a product's list without taking the primary flag", () => {
    const current = [link("g1", "p1", 0, true), link("g2", "p1", 1)]
    const plan = planGuideProductLinks("g3", current, [{ product_id: "p1" }], [])
    expect(plan.upsert).toEqual([link("g3", "p1", 2, false)])
  })

  it("inserts at a position and renumbers the guides after it", () => {
    const current = [link("g1", "p1", 0, true), link("g2", "p1", 1)]
    const plan = planGuideProductLinks("g3", current, [{ product_id: "p1", position: 0 }], [])
    expect(plan.upsert).toEqual([link("g3", "p1", 0), link("g1", "p1", 1, true), link("g2", "p1", 2)])
  })

  it("moves the primary flag: the old primary guide is demoted", () => {
    const current = [link("g1", "p1", 0, true), link("g2", "p1", 1)]
    const plan = planGuideProductLinks("g2", current, [{ product_id: "p1", is_primary: true }], [])
    expect(plan.upsert).toEqual([link("g1", "p1", 0, false), link("g2", "p1", 1, true)])
  })

  it("unlinks a guide and closes the gap it leaves", () => {
    const current = [link("g1", "p1", 0, true), link("g2", "p1", 1), link("g3", "p1", 2)]
    const plan = planGuideProductLinks("g1", current, [], ["p1", "p_not_linked"])
    expect(plan.dismiss).toEqual([{ guide_id: "g1", product_id: "p1" }])
    expect(plan.upsert).toEqual([link("g2", "p1", 0), link("g3", "p1", 1)])
  })
})

describe("the content team ordering a product's guides", () => {
  it("replaces the product's list: new order, one primary, dropped guides unlinked", () => {
    const current = [link("g1", "p1", 0, true), link("g2", "p1", 1), link("g3", "p1", 2), link("g1", "p2", 0, true)]
    const plan = planProductGuideOrder("p1", current, [{ guide_id: "g3", is_primary: true }, { guide_id: "g1" }, { guide_id: "g4" }])
    expect(plan.upsert).toEqual([link("g3", "p1", 0, true), link("g1", "p1", 1, false), link("g4", "p1", 2, false)])
    expect(plan.dismiss).toEqual([{ guide_id: "g2", product_id: "p1" }])
  })

  it("changes nothing when the order is the same", () => {
    const current = [link("g1", "p1", 0, true), link("g2", "p1", 1)]
    expect(planProductGuideOrder("p1", current, [{ guide_id: "g1", is_primary: true }, { guide_id: "g2" }])).toEqual({
      upsert: [],
      dismiss: [],
    })
  })
})
