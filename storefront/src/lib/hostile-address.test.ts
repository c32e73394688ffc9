import { describe, expect, it } from "vitest"
import { hostileAddressProblem } from "./hostile-address"

describe("addresses the storefront refuses before rendering anything", () => {
  it("lets every ordinary address through, search text and encoded letters included", () => {
    for (const url of [
      "/",
      "/guides?q=gut+skin&tag=habits&page=2",
      "/products/probiotic-30",
      "/guides?q=caf%C3%A9",
      "/store?sort=price%20asc",
    ]) {
      expect({ url, problem: hostileAddressProblem(url) }).toEqual({ url, problem: null })
    }
  })

  it("refuses malformed percent-encodings in the path or the query", () => {
    expect(hostileAddressProblem("/products/%E0%A4%A")).toBe("The address contains a malformed percent-encoding")
    expect(hostileAddressProblem("/guides/%E0%A4%A")).toBe("The address contains a malformed percent-encoding")
    expect(hostileAddressProblem("/guides?q=%ZZ")).toBe("The address contains a malformed percent-encoding")
    expect(hostileAddressProblem("/guides?q=%ED%A0%80")).toBe("The address contains a malformed percent-encoding")
  })

  it("refuses NUL and other control characters wherever they hide", () => {
    for (const url of ["/guides?tag=%00", "/guides?q=%00", "/products/a%00b", "/guides?q=a%0Ab", "/guides?%00=x"]) {
      expect({ url, problem: hostileAddressProblem(url) }).toEqual({ url, problem: "The address contains a control character" })
    }
  })

  it("refuses an address longer than any the shop makes", () => {
    expect(hostileAddressProblem(`/guides?q=${"a".repeat(5000)}`)).toBe("The address is too long")
  })
})
