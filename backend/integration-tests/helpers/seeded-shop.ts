import { tmpdir } from "node:os"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import seedShop from "../../src/scripts/seed"

/** Seeds the real catalog into the test database and returns the storefront's publishable key. */
export async function seedCatalog(container: MedusaContainer): Promise<string> {
  // Keep the seed away from the developer's storefront/.env.local.
  process.env.STOREFRONT_ENV_FILE = join(tmpdir(), `biome-test-${process.pid}.env`)
  const { publishableKey } = await seedShop({ container, args: [] } as unknown as Parameters<typeof seedShop>[0])
  return publishableKey
}

export const storeHeaders = (publishableKey: string) => ({ headers: { "x-publishable-api-key": publishableKey } })

/** The HTTP response of a request that is expected to fail (axios rejects on 4xx/5xx). */
export async function failedResponse(request: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await request
  } catch (e) {
    const response = (e as { response?: { status: number; data: any } }).response
    if (response) return response
    throw e
  }
  throw new Error("expected the request to fail, but it succeeded")
}
