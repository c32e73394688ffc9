import { describe, expect, it } from "vitest"
import { listingPageMetadata } from "./seo"

const shop = { title: "Shop all probiotics", description: "Every formula.", path: "/store" }

describe("metadata of a paged listing", () => {
  it("gives the first page the plain address and title", () => {
    const metadata = listingPageMetadata(shop, 1)
    expect(metadata.title).toBe("Shop all probiotics")
    expect(metadata.alternates?.canonical).toBe("/store")
    expect(metadata.openGraph?.url).toBe("/store")
  })

  it("makes each later page its own canonical address, with its number in the title", () => {
    const metadata = listingPageMetadata(shop, 3)
    expect(metadata.title).toBe("Shop all probiotics, page 3")
    expect(metadata.alternates?.canonical).toBe("/store?page=3")
    expect(metadata.openGraph?.url).toBe("/store?page=3")
    expect(metadata.description).toBe("Every formula.")
    expect(listingPageMetadata({ ...shop, path: "/categories/kids" }, 2).alternates?.canonical).toBe("/categories/kids?page=2")
  })
})
