import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { rawRequest } from "../helpers/raw-http"
import { seedCatalog } from "../helpers/seeded-shop"
import { ENGAGEMENT_MODULE } from "../../src/modules/engagement"
import type EngagementModuleService from "../../src/modules/engagement/service"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    const send = (method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}) =>
      rawRequest(api.defaults.baseURL!, method, path, { body, headers: { "x-publishable-api-key": key, ...headers } })

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
    })

    it("a NUL character anywhere in a request is a 400 that names it, and nothing is stored", async () => {
      const signUp = await send("POST", "/store/newsletter-subscriptions", JSON.stringify({ email: "nul\u0000@example.com" }))
      expect({ status: signUp.status, message: signUp.json().message }).toEqual({
        status: 400,
        message: "The request field email contains a NUL character",
      })
      const search = await send("GET", "/store/guides?q=%00")
      expect({ status: search.status, message: search.json().message }).toEqual({
        status: 400,
        message: "The query parameter q contains a NUL character",
      })
      expect((await send("GET", "/store/guides/abc%00def")).status).toBe(400)
      const engagement = getContainer().resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
      expect(await engagement.listNewsletterSubscriptions({})).toHaveLength(0)
    })

    it("a malformed percent-encoding in a path or a lone surrogate in a body is a 400, on Medusa's routes too", async () => {
      const guide = await send("GET", "/store/guides/%E0%A4%A")
      expect({ status: guide.status, message: guide.json().message }).toEqual({
        status: 400,
        message: "The address contains a malformed percent-encoding (it is not valid UTF-8)",
      })
      expect((await send("GET", "/store/products/%E0%A4%A")).status).toBe(400)

      const { data: regions } = await api.get("/store/regions", { headers: { "x-publishable-api-key": key } })
      const cart = await send("POST", "/store/carts", JSON.stringify({ region_id: regions.regions[0].id }))
      expect(cart.status).toBe(200)
      const { data: products } = await api.get("/store/products?fields=variants.id", { headers: { "x-publishable-api-key": key } })
      // JSON.stringify writes a lone surrogate as the escape "\ud800", which PostgreSQL's jsonb refuses.
      const line = await send(
        "POST",
        `/store/carts/${cart.json().cart.id}/line-items`,
        JSON.stringify({ variant_id: products.products[0].variants[0].id, quantity: 1, metadata: { note: "x\ud800y" } })
      )
      expect({ status: line.status, message: line.json().message }).toEqual({
        status: 400,
        message: "The request field metadata.note contains an unpaired UTF-16 surrogate (not valid Unicode)",
      })
    })

    it("negative or absurd paging on Medusa's product list is a 400, not a database error", async () => {
      for (const query of ["offset=-1", "limit=-5", "offset=1e400", "limit=abc"]) {
        const res = await send("GET", `/store/products?${query}`)
        expect({ query, status: res.status }).toEqual({ query, status: 400 })
      }
      expect((await send("GET", "/store/products?offset=0&limit=2")).status).toBe(200)
    })

    it("a body that is not JSON, not UTF-8 or too large is a 4xx that says so", async () => {
      const broken = await send("POST", "/store/newsletter-subscriptions", '{"email": ')
      expect({ status: broken.status, message: broken.json().message }).toEqual({
        status: 400,
        message: "The request body is not valid JSON",
      })
      const latin1 = await send("POST", "/store/newsletter-subscriptions", Buffer.from([0x7b, 0x22, 0x65, 0xff, 0x22, 0x3a, 0x31, 0x7d]))
      expect(latin1.status).toBe(400)
      const huge = await send(
        "POST",
        "/store/newsletter-subscriptions",
        JSON.stringify({ email: "a@example.com", source: "x".repeat(2_000_000) })
      )
      expect({ status: huge.status, message: huge.json().message }).toEqual({ status: 413, message: "The request body is too large" })
      // Medusa itself would register a 20 KB "email"; no shopper's text is that long.
      const long = await send(
        "POST",
        "/auth/customer/emailpass/register",
        JSON.stringify({ email: `${"a".repeat(20_000)}@example.com`, password: "x" })
      )
      expect({ status: long.status, message: long.json().message }).toEqual({
        status: 400,
        message: "The request field email is longer than 4000 characters",
      })
      const deep = await send("POST", "/store/newsletter-subscriptions", `${"[".repeat(100)}${"]".repeat(100)}`)
      expect(deep.status).toBe(400)
    })

    it("the API says nothing about what it is built with and cannot be framed or sniffed", async () => {
      const res = await send("GET", "/store/products?limit=1")
      expect(res.headers["x-powered-by"]).toBeUndefined()
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      expect(res.headers["content-security-policy"]).toBe("frame-ancestors 'none'")
      expect(res.headers["x-frame-options"]).toBe("DENY")
    })
  },
})
