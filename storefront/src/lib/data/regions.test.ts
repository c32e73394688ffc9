import { describe, expect, it } from "vitest"
import { EU_REGION, fakeBackend, json, US_REGION, useFakeBackend } from "@/test/fake-backend"
import { StoreConfigurationError } from "./errors"
import { getRegionForCountry } from "./regions"

useFakeBackend()

describe("choosing the region that prices the catalog", () => {
  it("picks the region that sells to the United States by default, whatever its position", async () => {
    fakeBackend({ "/store/regions": () => json({ regions: [EU_REGION, US_REGION] }) })

    await expect(getRegionForCountry()).resolves.toEqual({
      id: "reg_us",
      name: "United States",
      currencyCode: "usd",
    })
  })

  it("picks the region of another country when asked", async () => {
    fakeBackend({ "/store/regions": () => json({ regions: [US_REGION, EU_REGION] }) })

    await expect(getRegionForCountry("FR")).resolves.toMatchObject({ id: "reg_eu", currencyCode: "eur" })
  })

  it("explains the set-up problem when no region sells to the country", async () => {
    fakeBackend({ "/store/regions": () => json({ regions: [EU_REGION] }) })

    const error = await getRegionForCountry().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreConfigurationError)
    expect((error as Error).message).toContain('"us"')
  })
})
