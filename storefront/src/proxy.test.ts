import * as staticInfo from "next/dist/build/analysis/get-page-static-info"
import { describe, expect, it } from "vitest"
import { config } from "./proxy"

// Next's own compiler of proxy matchers, which its type declarations leave out.
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matchers: string[], nextConfig: object) => { regexp: string }[]
}

/** The proxy's matcher compiled the way `next build` compiles it. */
const matcher = new RegExp(getMiddlewareMatchers(config.matcher, {})[0]!.regexp)

describe("which requests meet the proxy", () => {
  it("skips the home page, cached product, category and guide pages at plain handle addresses, and built assets", () => {
    for (const path of [
      "/products/daily-balance-probiotic",
      "/categories/kids",
      "/guides/how-to-read-a-probiotic-label",
      "/",
      "/_next/static/chunks/a.js",
    ]) {
      expect({ path, proxied: matcher.test(path) }).toEqual({ path, proxied: false })
    }
  })

  it("still checks every other address there, and every other page", () => {
    for (const path of [
      "/products/%E0%A4%A",
      "/guides/%E0%A4%A",
      "/categories/a%00b",
      "/products/a.b",
      "/products/x/y",
      "/store",
      "/guides",
      "/cart",
      "/cached/home",
      "/account",
    ]) {
      expect({ path, proxied: matcher.test(path) }).toEqual({ path, proxied: true })
    }
  })
})
