import { afterEach, beforeAll, beforeEach, vi } from "vitest"
import { resetCookies } from "./fake-cookies"

/** One request the storefront made, as the backend would see it. */
export interface RecordedRequest {
  url: URL
  headers: Headers
  init: RequestInit & { next?: { tags?: string[]; revalidate?: number | false } }
}

type Route = (url: URL, init: RequestInit) => Response | Promise<Response>

export const TEST_BACKEND_URL = "http://backend.test:9000"
export const TEST_PUBLISHABLE_KEY = "pk_test_storefront"

/** The JSON body the storefront sent with a request. */
export function bodyOf(request: RecordedRequest): unknown {
  return typeof request.init.body === "string" ? JSON.parse(request.init.body) : undefined
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
}

/**
 * Replaces global fetch (the boundary the js-sdk calls) with a router over paths, and records every request
 * so a test can assert what went over the wire.
 */
export function fakeBackend(routes: Record<string, Route>) {
  const requests: RecordedRequest[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : input.toString())
    requests.push({ url, headers: new Headers(init.headers), init })
    const route = routes[url.pathname]
    if (!route) return json({ message: `No route for ${url.pathname}` }, 404)
    return route(url, init)
  })
  vi.stubGlobal("fetch", fetchMock)
  return { requests, fetchMock }
}

export const US_REGION = { id: "reg_us", name: "United States", currency_code: "usd", countries: [{ iso_2: "us" }] }
export const EU_REGION = {
  id: "reg_eu",
  name: "Europe",
  currency_code: "eur",
  countries: [{ iso_2: "de" }, { iso_2: "fr" }],
}

const B = 1_000_000_000

/** A product as GET /store/products returns it with the storefront's fields. */
export function storeProduct(overrides: Record<string, unknown> = {}) {
  return {
    id: "prod_daily",
    handle: "daily-balance-probiotic",
    title: "Daily Balance Probiotic",
    subtitle: "Three well-studied strains, 20 billion CFU",
    description: "Daily Balance supports digestive comfort* and helps maintain a balanced gut microbiome*.",
    thumbnail: "http://localhost:8000/images/products/daily-balance-probiotic.svg",
    images: [{ id: "img_1", url: "http://localhost:8000/images/products/daily-balance-probiotic.svg" }],
    categories: [{ id: "pcat_1", handle: "daily-digestive", name: "Daily Digestive" }],
    metadata: {
      supplement_facts: {
        serving_size: "1 capsule",
        strains: [
          { name: "Lacticaseibacillus rhamnosus GG", cfu: 10 * B },
          { name: "Bifidobacterium animalis subsp. lactis BB-12", cfu: 6 * B },
          { name: "Lactobacillus acidophilus NCFM", cfu: 4 * B },
        ],
        other_actives: [],
        other_ingredients: ["Hydroxypropyl methylcellulose (vegan capsule)"],
        allergens: ["Free from dairy, gluten, soy and nuts"],
        directions: "Take one capsule a day with breakfast.",
        storage: "Store below 25 °C.",
      },
      subscription: { discount_percent: 15, interval_days: [30, 60, 90] },
    },
    variants: [
      {
        id: "variant_30",
        title: "30 capsules",
        sku: "DAILY-BALANCE-PROBIOTIC-30",
        manage_inventory: true,
        allow_backorder: false,
        inventory_quantity: 240,
        calculated_price: { calculated_amount: 29.99, currency_code: "usd" },
      },
      {
        id: "variant_60",
        title: "60 capsules",
        sku: "DAILY-BALANCE-PROBIOTIC-60",
        manage_inventory: true,
        allow_backorder: false,
        inventory_quantity: 0,
        calculated_price: { calculated_amount: 49.99, currency_code: "usd" },
      },
    ],
    ...overrides,
  }
}

/**
 * Points every test of the file at the fake backend and restores fetch after each. With `cookies`, each test
 * also starts from that cookie jar (e.g. a logged-in customer's token).
 */
export function useFakeBackend(cookies?: Record<string, string>) {
  beforeAll(() => {
    vi.stubEnv("MEDUSA_BACKEND_URL", TEST_BACKEND_URL)
    vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", TEST_PUBLISHABLE_KEY)
  })
  if (cookies) beforeEach(() => resetCookies(cookies))
  afterEach(() => vi.unstubAllGlobals())
}
