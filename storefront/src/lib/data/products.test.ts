import { beforeEach, describe, expect, it, vi } from "vitest"
import {
  EU_REGION,
  fakeBackend,
  json,
  storeProduct,
  TEST_BACKEND_URL,
  TEST_PUBLISHABLE_KEY,
  US_REGION,
  useFakeBackend,
} from "@/test/fake-backend"
import { BackendRequestError, BackendUnavailableError, NotFoundError } from "./errors"
import { getProductByHandle, listProductPage } from "./products"

useFakeBackend()

// EU first, so picking "the first region" instead of the US one would show euro prices and fail.
const regionsRoute = () => json({ regions: [EU_REGION, US_REGION], count: 2 })

describe("listing the catalog", () => {
  let backend: ReturnType<typeof fakeBackend>

  beforeEach(() => {
    backend = fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ products: [storeProduct()], count: 1 }),
    })
  })

  it("asks the backend for products priced in the US region, with the publishable key", async () => {
    await listProductPage({ limit: 24 })

    const request = backend.requests.find((r) => r.url.pathname === "/store/products")
    expect(request).toBeDefined()
    expect(request!.url.origin).toBe(TEST_BACKEND_URL)
    expect(request!.headers.get("x-publishable-api-key")).toBe(TEST_PUBLISHABLE_KEY)
    expect(request!.url.searchParams.get("region_id")).toBe("reg_us")
    const fields = (request!.url.searchParams.get("fields") ?? "").split(",")
    expect(fields).toEqual(expect.arrayContaining(["variants.calculated_price.*", "+variants.inventory_quantity", "metadata"]))
    // Named product fields, so Medusa leaves out its defaults (options, tags, type, collection) that no page shows.
    expect(fields).toEqual(expect.arrayContaining(["id", "handle", "title"]))
    expect(fields.filter((f) => /^\*?(options|tags|type|collection)\b/.test(f))).toEqual([])
    expect(request!.url.searchParams.get("order")).toBe("title")
  })

  it("asks for one page and gives the backend's count of the whole list, not the length of the page", async () => {
    backend = fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ products: [storeProduct()], count: 130 }),
    })

    const page = await listProductPage({ limit: 24, offset: 48 })

    expect(page.count).toBe(130)
    expect(page.products).toHaveLength(1)
    const request = backend.requests.find((r) => r.url.pathname === "/store/products")!
    expect([request.url.searchParams.get("limit"), request.url.searchParams.get("offset")]).toEqual(["24", "48"])
  })

  it("caches the catalog under the products tag so it can be revalidated on demand", async () => {
    await listProductPage({ limit: 24 })

    const products = backend.requests.find((r) => r.url.pathname === "/store/products")!
    expect(products.init.next).toEqual({ tags: ["products"], revalidate: 300 })
    const regions = backend.requests.find((r) => r.url.pathname === "/store/regions")!
    expect(regions.init.next?.tags).toEqual(["regions"])
    expect(regions.headers.get("x-publishable-api-key")).toBe(TEST_PUBLISHABLE_KEY)
  })

  it("gives pages prices, stock states, facts and the subscription offer", async () => {
    const {
      products: [product],
    } = await listProductPage({ limit: 24 })

    expect(product?.handle).toBe("daily-balance-probiotic")
    expect(product?.variants.map((v) => [v.title, v.price?.amount, v.stock])).toEqual([
      ["30 capsules", 29.99, "in_stock"],
      ["60 capsules", 49.99, "out_of_stock"],
    ])
    expect(product?.facts?.strains).toHaveLength(3)
    expect(product?.subscription.discount_percent).toBe(15)
    expect(product?.categories).toEqual([{ handle: "daily-digestive", name: "Daily Digestive" }])
  })

  it("lists sizes smallest first whatever order the backend returns them in", async () => {
    const [thirty, sixty] = storeProduct().variants
    const ninety = { ...thirty!, id: "variant_90", title: "90 capsules" }
    fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ products: [storeProduct({ variants: [ninety, sixty, thirty] })] }),
    })

    const {
      products: [product],
    } = await listProductPage({ limit: 24 })

    expect(product?.variants.map((v) => v.title)).toEqual(["30 capsules", "60 capsules", "90 capsules"])
  })

  it("shows a product with malformed facts without a facts panel instead of failing", async () => {
    fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ products: [storeProduct({ metadata: { supplement_facts: { serving_size: 3 } } })] }),
    })

    const {
      products: [product],
    } = await listProductPage({ limit: 24 })

    expect(product?.facts).toBeNull()
    expect(product?.subscription).toEqual({ discount_percent: 15, interval_days: [30, 60, 90] })
  })
})

describe("loading one product by handle", () => {
  it("filters by handle and tags the cache entry with the product", async () => {
    const backend = fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ products: [storeProduct()] }),
    })

    const product = await getProductByHandle("daily-balance-probiotic")

    expect(product.title).toBe("Daily Balance Probiotic")
    const request = backend.requests.find((r) => r.url.pathname === "/store/products")!
    expect(request.url.searchParams.get("handle")).toBe("daily-balance-probiotic")
    expect(request.url.searchParams.get("region_id")).toBe("reg_us")
    expect(request.init.next?.tags).toEqual(["products", "product:daily-balance-probiotic"])
  })

  it("is NotFound when no published product has the handle", async () => {
    fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ products: [] }),
    })

    await expect(getProductByHandle("retired-formula")).rejects.toBeInstanceOf(NotFoundError)
  })

  it("is NotFound without asking the backend when the handle could never exist", async () => {
    const backend = fakeBackend({})

    await expect(getProductByHandle("../admin")).rejects.toBeInstanceOf(NotFoundError)
    expect(backend.fetchMock).not.toHaveBeenCalled()
  })

  it("turns a backend 404 into NotFound", async () => {
    fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ type: "not_found", message: "Not found" }, 404),
    })

    await expect(getProductByHandle("daily-balance-probiotic")).rejects.toBeInstanceOf(NotFoundError)
  })

  it("turns a backend 500 into BackendUnavailable", async () => {
    fakeBackend({
      "/store/regions": regionsRoute,
      "/store/products": () => json({ message: "An unknown error occurred." }, 500),
    })

    const error = await getProductByHandle("daily-balance-probiotic").catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackendUnavailableError)
    expect((error as BackendUnavailableError).status).toBe(500)
  })

  it("turns a refused connection into BackendUnavailable", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9000") })
      })
    )

    const error = await getProductByHandle("daily-balance-probiotic").catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackendUnavailableError)
    expect((error as Error).message).toContain("could not be reached")
  })

  it("turns a rejected publishable key into BackendRequestError, not an outage", async () => {
    fakeBackend({
      "/store/regions": () => json({ message: "A valid publishable key is required to proceed with the request" }, 400),
    })

    const error = await getProductByHandle("daily-balance-probiotic").catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackendRequestError)
    expect((error as Error).message).toContain("publishable key")
  })
})
