import { afterEach, describe, expect, it, vi } from "vitest"

// env.ts remembers the first valid configuration, so each story loads a fresh copy of the module.
async function loadEnv() {
  vi.resetModules()
  return import("./env")
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("storefront configuration", () => {
  it("reads the backend URL and publishable key when first used, not when imported", async () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "")
    vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", "")
    const { storefrontEnv } = await loadEnv()

    vi.stubEnv("MEDUSA_BACKEND_URL", "https://api.example.com/")
    vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", "pk_live_123")

    expect(storefrontEnv()).toEqual({ backendUrl: "https://api.example.com", publishableKey: "pk_live_123" })
  })

  it("names the missing publishable key and says how to fix it", async () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://localhost:9000")
    vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", "")
    const { storefrontEnv } = await loadEnv()

    expect(() => storefrontEnv()).toThrow(/NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY is not set[\s\S]*\.env\.local/)
  })

  it("rejects a secret admin key or a malformed URL", async () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "localhost:9000")
    vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", "sk_secret")
    const { storefrontEnv } = await loadEnv()

    expect(() => storefrontEnv()).toThrow(/MEDUSA_BACKEND_URL must be an http\(s\) URL[\s\S]*must be a Medusa publishable key/)
  })

  it("requires the backend URL in production instead of guessing localhost", async () => {
    vi.stubEnv("NODE_ENV", "production")
    vi.stubEnv("MEDUSA_BACKEND_URL", "")
    vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", "pk_live_123")
    const { storefrontEnv } = await loadEnv()

    expect(() => storefrontEnv()).toThrow(/MEDUSA_BACKEND_URL is not set/)
  })

  it("falls back to the local backend during development", async () => {
    vi.stubEnv("NODE_ENV", "development")
    vi.stubEnv("MEDUSA_BACKEND_URL", "")
    vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", "pk_dev")
    const { storefrontEnv } = await loadEnv()

    expect(storefrontEnv().backendUrl).toBe("http://localhost:9000")
  })

  it("builds canonical URLs from NEXT_PUBLIC_BASE_URL, localhost:8000 by default", async () => {
    vi.stubEnv("NEXT_PUBLIC_BASE_URL", "")
    const { siteUrl } = await loadEnv()
    expect(siteUrl()).toBe("http://localhost:8000")

    vi.stubEnv("NEXT_PUBLIC_BASE_URL", "https://shop.example/")
    expect(siteUrl()).toBe("https://shop.example")

    vi.stubEnv("NEXT_PUBLIC_BASE_URL", "shop.example")
    expect(() => siteUrl()).toThrow(/NEXT_PUBLIC_BASE_URL must be an http\(s\) URL/)
  })

  it("has no revalidation secret unless one is configured", async () => {
    vi.stubEnv("REVALIDATE_SECRET", "")
    const { revalidateSecret } = await loadEnv()
    expect(revalidateSecret()).toBeNull()

    vi.stubEnv("REVALIDATE_SECRET", "s3cret-from-the-backend")
    expect(revalidateSecret()).toBe("s3cret-from-the-backend")
  })

  it("offers Stripe only with a publishable key, never a secret one", async () => {
    vi.stubEnv("NEXT_PUBLIC_STRIPE_KEY", "sk_live_oops")
    const { stripePublishableKey } = await loadEnv()
    expect(stripePublishableKey()).toBeNull()

    vi.stubEnv("NEXT_PUBLIC_STRIPE_KEY", "pk_test_123")
    expect(stripePublishableKey()).toBe("pk_test_123")
  })
})
