import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser } from "../helpers/admin"
import { CORE_ROUTES_THE_STOREFRONT_USES, customRoutes, type ApiRoute } from "../helpers/api-routes"
import { prepareCheckout, registerCustomer } from "../helpers/customers"
import { changedTables, dataFingerprint } from "../helpers/data-fingerprint"
import { HOSTILE_PARAMS, HOSTILE_QUERIES, hostileBodies, type HostileVariant } from "../helpers/hostile-variants"
import { rawRequest } from "../helpers/raw-http"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(15 * 60 * 1000)

/** What gives an internal away in an error body: a stack frame, a file path, SQL. */
const LEAKS = /\bat \S+ \(|node_modules|\/src\/|select .* from|relation "/i

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const routes = [...customRoutes(), ...CORE_ROUTES_THE_STOREFRONT_USES]
    let headersFor: (path: string) => Record<string, string>
    let realParams: Record<string, string>
    let shopperId: string

    beforeAll(async () => {
      const key = await seedCatalog(getContainer())
      const admin = await createAdminUser(getContainer())
      const shopper = await registerCustomer(api, key, "hostile-suite@example.com")
      shopperId = shopper.id
      headersFor = (path) =>
        path.startsWith("/admin") ? admin.headers : path.startsWith("/store") ? shopper.headers.headers : { "x-publishable-api-key": key }

      const store = storeHeaders(key)
      const { data: guides } = await api.get("/store/guides", store)
      const { data: products } = await api.get("/store/products?fields=id,variants.id", store)
      const { data: regions } = await api.get("/store/regions", store)
      const cartId = await prepareCheckout(api, shopper.headers, {
        region_id: regions.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id,
        email: shopper.email,
        lines: [{ variant_id: products.products[0].variants[0].id, quantity: 1 }],
      })
      const { data: cart } = await api.get(`/store/carts/${cartId}`, shopper.headers)
      // Real ids where a route has them, so the hostile part is the only thing wrong with a request.
      realParams = {
        slug: guides.guides[0].slug,
        id: products.products[0].id,
        line_id: cart.cart.items[0].id,
        address_id: "addr_missing",
        cart: cartId,
      }
    })

    const pathWith = (route: ApiRoute, value: (param: string) => string) =>
      route.path.replace(/:(\w+)/g, (_, param: string) =>
        param === "id" && route.path.startsWith("/store/carts") && value(param) !== "probe_missing" ? realParams.cart! : value(param)
      )

    function requestsFor(route: ApiRoute): { variant: HostileVariant; path: string }[] {
      // A write that takes no fields (a delete, "complete the cart") ignores its body: on a real record any request
      // is simply the action, so those aim at records that do not exist.
      const bodyIgnored = route.method !== "GET" && route.fields.length === 0
      const real = pathWith(route, (p) => (bodyIgnored ? "probe_missing" : encodeURIComponent(realParams[p] ?? "probe_missing")))
      const params = route.path.includes(":")
        ? HOSTILE_PARAMS.map((variant) => ({ variant, path: route.path.replace(/:(\w+)/g, variant.param!) }))
        : []
      const queries = HOSTILE_QUERIES.map((variant) => ({ variant, path: `${real}?${variant.query}` }))
      const bodies = hostileBodies(route.fields).map((variant) => ({ variant, path: real }))
      return [...params, ...queries, ...bodies]
    }

    it("finds every custom route from the files, and Medusa's routes the storefront uses", () => {
      const found = customRoutes().map((r) => `${r.method} ${r.path}`)
      expect(found).toEqual(
        expect.arrayContaining(["POST /store/newsletter-subscriptions", "GET /store/guides/:slug", "POST /admin/guides/:id/publish"])
      )
      expect(found.length).toBeGreaterThanOrEqual(40)
      for (const route of routes)
        expect({ route: route.path, count: requestsFor(route).length >= 12 }).toEqual({ route: route.path, count: true })
    })

    it("answers every hostile request to every route with a 4xx that gives nothing away, and changes no data", async () => {
      // Medusa lets a customer clear their own optional fields (null) and keep a partial address: the suite's own
      // account may change, nobody else's, and nothing else. Medusa's log of workflow runs records the refusals.
      const own = { customer: `t.id = '${shopperId}'`, customer_address: `t.customer_id = '${shopperId}'`, workflow_execution: "true" }
      const before = await dataFingerprint(getContainer(), own)
      const failures: string[] = []
      const accepted: string[] = []
      let sent = 0
      for (const route of routes) {
        for (const { variant, path } of requestsFor(route)) {
          const res = await rawRequest(api.defaults.baseURL!, route.method, path, {
            body: variant.body,
            headers: headersFor(route.path),
          })
          sent++
          if (res.status >= 500) failures.push(`${res.status} ${route.method} ${route.path} (${variant.name}): ${res.text.slice(0, 200)}`)
          else if (res.status < 300 && route.method !== "GET")
            accepted.push(`${res.status} ${route.method} ${route.path} (${variant.name})`)
          else if (res.status >= 400 && LEAKS.test(res.text))
            failures.push(`leak ${route.method} ${route.path} (${variant.name}): ${res.text.slice(0, 200)}`)
        }
      }
      expect(failures).toEqual([])
      expect(sent).toBeGreaterThan(routes.length * 12)
      // A change names the tables; the writes the shop accepted say which requests made it.
      expect({ changed: changedTables(before, await dataFingerprint(getContainer(), own)), accepted }).toEqual({ changed: [], accepted })
    })
  },
})
