import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { revalidationTarget } from "../../src/lib/storefront-revalidation"

jest.setTimeout(120 * 1000)

interface RevalidationRequest {
  path: string
  secret: string | undefined
  tags: string[]
  /** When the storefront stopped waiting for an answer, for requests it never answered. */
  closedAfterMs?: number
}

/** A stand-in for the Next.js storefront that records what its /api/revalidate is asked. */
class FakeStorefront {
  received: RevalidationRequest[] = []
  /** The status to answer with, or "hang" to never answer. */
  answer: number | "hang" = 200
  private server: Server = createServer((req, res) => {
    const startedAt = Date.now()
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const request: RevalidationRequest = {
        path: req.url ?? "",
        secret: req.headers["x-revalidate-secret"] as string | undefined,
        tags: (JSON.parse(body || "{}") as { tags?: string[] }).tags ?? [],
      }
      this.received.push(request)
      if (this.answer === "hang") {
        res.on("close", () => (request.closedAfterMs = Date.now() - startedAt))
        return
      }
      res.writeHead(this.answer, { "content-type": "application/json" }).end(JSON.stringify({ revalidated: true }))
    })
  })

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop() {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  /** Lets the requests of earlier changes arrive, then forgets them. */
  async forgetEarlierRequests() {
    await sleep(600)
    this.received = []
    this.answer = 200
  }

  /** The local event bus is asynchronous: polls until a request carries every tag (5 s at most). */
  async requestWith(tags: string[], timeoutMs = 5_000): Promise<RevalidationRequest> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const hit = this.received.find((r) => tags.every((t) => r.tags.includes(t)))
      if (hit) return hit
      if (Date.now() > deadline) throw new Error(`no revalidation of ${tags.join(", ")}; received ${JSON.stringify(this.received)}`)
      await sleep(100)
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const SECRET = "revalidate-secret-for-tests-only"
const storefront = new FakeStorefront()
// The runner applies these to process.env when it boots the app, after this file's own beforeAll.
const env: Record<string, string> = { REVALIDATE_SECRET: SECRET }

beforeAll(async () => {
  env.STOREFRONT_URL = await storefront.start()
})
afterAll(async () => {
  await storefront.stop()
})

describe("where the backend sends revalidations", () => {
  it("asks nothing of the storefront when no REVALIDATE_SECRET is configured", () => {
    expect(revalidationTarget({ STOREFRONT_URL: "https://shop.example", REVALIDATE_SECRET: undefined })).toBeNull()
  })

  it("posts to the storefront's /api/revalidate with the shared secret", () => {
    expect(revalidationTarget({ STOREFRONT_URL: "https://shop.example/", REVALIDATE_SECRET: SECRET })).toEqual({
      url: "https://shop.example/api/revalidate",
      secret: SECRET,
    })
  })
})

medusaIntegrationTestRunner({
  inApp: true,
  env,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
    })

    beforeEach(async () => {
      await storefront.forgetEarlierRequests()
    })

    const product = async (handle: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=id,handle,variants.id`, storeHeaders(key))
      return data.products[0] as { id: string; handle: string; variants: { id: string }[] }
    }

    describe("an admin's change shows on the storefront within seconds", () => {
      it("a product edit refreshes the product lists and that product's page, with the shared secret", async () => {
        const { id } = await product("daily-balance-probiotic")
        await api.post(`/admin/products/${id}`, { subtitle: "Three well-studied strains, now in a recyclable jar" }, admin)

        const request = await storefront.requestWith(["products", "product:daily-balance-probiotic"])
        expect(request.path).toBe("/api/revalidate")
        expect(request.secret).toBe(SECRET)
      })

      it("a price change refreshes the product lists and the product's page", async () => {
        const { id, variants } = await product("daily-balance-probiotic")
        await api.post(`/admin/products/${id}/variants/${variants[0]!.id}`, { prices: [{ currency_code: "usd", amount: 27.99 }] }, admin)

        await storefront.requestWith(["products", "product:daily-balance-probiotic"])
      })

      it("a stock change refreshes the product lists", async () => {
        const { data } = await api.get("/admin/inventory-items?limit=1&fields=id,location_levels.location_id", admin)
        const item = data.inventory_items[0] as { id: string; location_levels: { location_id: string }[] }
        await api.post(
          `/admin/inventory-items/${item.id}/location-levels/${item.location_levels[0]!.location_id}`,
          { stocked_quantity: 3 },
          admin
        )

        await storefront.requestWith(["products"])
      })

      it("a guide edit refreshes the guide lists and that guide's page", async () => {
        const { data } = await api.get("/store/guides/how-to-read-a-probiotic-label", storeHeaders(key))
        await api.post(`/admin/guides/${data.guide.id}`, { summary: "What the numbers on a probiotic label mean, line by line." }, admin)

        await storefront.requestWith(["guides", "guide:how-to-read-a-probiotic-label"])
      })

      it("a guide's new reference list alone also refreshes its page", async () => {
        const { data } = await api.get("/store/guides/how-to-read-a-probiotic-label", storeHeaders(key))
        const { data: current } = await api.get(`/admin/guides/${data.guide.id}`, admin)
        const citations = current.guide.citations.map(
          ({ authors, title, journal, year, volume, issue, pages, doi, pmid, url }: Record<string, unknown>) => ({
            authors,
            title,
            journal,
            year,
            volume,
            issue,
            pages,
            doi,
            pmid,
            url,
          })
        )
        await api.post(`/admin/guides/${data.guide.id}`, { citations }, admin)

        await storefront.requestWith(["guides", "guide:how-to-read-a-probiotic-label"])
      })

      it("linking a guide to a product refreshes the guide's page and the product's page", async () => {
        const { data } = await api.get("/store/guides/fermented-foods-a-practical-guide", storeHeaders(key))
        const { id } = await product("travel-boulardii")
        await api.post(`/admin/guides/${data.guide.id}/products`, { add: [{ product_id: id }] }, admin)

        await storefront.requestWith(["guide:fermented-foods-a-practical-guide", "product:travel-boulardii"])
      })

      it("clearing a product's guides refreshes the product's page and each guide it showed", async () => {
        const { id } = await product("skin-biome-glow")
        await api.post(`/admin/products/${id}/guides`, { guides: [] }, admin)

        await storefront.requestWith(["product:skin-biome-glow", "guide:what-is-the-gut-skin-axis", "guide:how-to-read-a-probiotic-label"])
      })

      it("a link request that changes nothing asks the storefront for nothing", async () => {
        const { id } = await product("gut-restore-50")
        const { data } = await api.get(`/admin/products/${id}/guides`, admin)
        await api.post(
          `/admin/products/${id}/guides`,
          {
            guides: data.guides.map((g: { guide_id: string; is_primary: boolean }) => ({ guide_id: g.guide_id, is_primary: g.is_primary })),
          },
          admin
        )
        // A later change proves the event bus had time to deliver anything the first request caused.
        const { id: other } = await product("womens-flora")
        await api.post(`/admin/products/${other}`, { subtitle: "Edited to flush the event queue" }, admin)
        await storefront.requestWith(["product:womens-flora"])

        expect(storefront.received.flatMap((r) => r.tags)).not.toContain("product:gut-restore-50")
      })
    })

    describe("a storefront that is down never holds the admin up", () => {
      it("a refusing storefront does not fail the edit, and the next change still gets through", async () => {
        const { id } = await product("daily-balance-probiotic")
        storefront.answer = 503
        const edit = await api.post(`/admin/products/${id}`, { subtitle: "Edited while the storefront is down" }, admin)
        expect(edit.status).toBe(200)
        await storefront.requestWith(["product:daily-balance-probiotic"])

        storefront.answer = 200
        storefront.received = []
        await api.post(`/admin/products/${id}`, { subtitle: "Edited after it came back" }, admin)
        await storefront.requestWith(["product:daily-balance-probiotic"])
      })

      it("a storefront that never answers is given up on after about three seconds", async () => {
        const { id } = await product("daily-balance-probiotic")
        storefront.answer = "hang"
        const started = Date.now()
        const edit = await api.post(`/admin/products/${id}`, { subtitle: "Edited while the storefront hangs" }, admin)
        expect(edit.status).toBe(200)
        expect(Date.now() - started).toBeLessThan(3_000)

        const request = await storefront.requestWith(["product:daily-balance-probiotic"])
        const deadline = Date.now() + 6_000
        while (request.closedAfterMs === undefined && Date.now() < deadline) await sleep(100)
        expect(request.closedAfterMs).toBeGreaterThanOrEqual(2_500)
        expect(request.closedAfterMs).toBeLessThan(4_500)
      })
    })
  },
})
