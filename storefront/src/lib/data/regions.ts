import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cacheTags, CATALOG_REVALIDATE_SECONDS, medusa } from "./client"
import { StoreConfigurationError, toBackendError } from "./errors"

/** Prices are shown for the United States until the storefront lets a customer pick a country. */
export const DEFAULT_COUNTRY = "us"

export interface Region {
  id: string
  name: string
  currencyCode: string
}

async function fetchRegions(): Promise<HttpTypes.StoreRegionListResponse> {
  try {
    // Not sdk.store.*: those cannot pass Next's cache tags, which the admin's changes revalidate.
    return await medusa().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
      query: { fields: "id,name,currency_code,*countries", limit: 100 },
      next: { tags: [cacheTags.regions], revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, "listing regions", "Regions")
  }
}

/** The region that sells to a country; its id is what makes Medusa calculate prices. */
export async function getRegionForCountry(countryCode: string = DEFAULT_COUNTRY): Promise<Region> {
  const response = await fetchRegions()

  const wanted = countryCode.toLowerCase()
  const region = response.regions.find((r) => r.countries?.some((c) => c.iso_2?.toLowerCase() === wanted))
  if (!region) {
    throw new StoreConfigurationError(
      `No region in the backend sells to country "${wanted}". Create one in Medusa Admin (or run the seed).`
    )
  }
  return { id: region.id, name: region.name, currencyCode: region.currency_code }
}

/** Every country the shop delivers to, A to Z, for address forms outside a cart. */
export async function listCountries(): Promise<{ code: string; name: string }[]> {
  const { regions } = await fetchRegions()
  const countries = new Map<string, string>()
  for (const region of regions) {
    for (const country of region.countries ?? []) {
      if (country.iso_2) countries.set(country.iso_2.toLowerCase(), country.display_name || country.iso_2.toUpperCase())
    }
  }
  return [...countries].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name))
}
