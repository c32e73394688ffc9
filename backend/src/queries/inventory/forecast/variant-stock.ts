import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A variant's stock at one location, in units of the variant. */
export interface LocationStock {
  location_id: string
  location_name: string
  /** Sales channels this location fulfils; a subscription's demand can only draw on these locations. */
  sales_channel_ids: string[]
  stocked: number
  reserved: number
  available: number
}

export interface VariantStock {
  variant_id: string
  variant_title: string
  sku: string | null
  product_id: string
  product_title: string
  product_handle: string | null
  locations: LocationStock[]
}

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type VariantRow = {
  id: string
  title: string
  sku: string | null
  product: { id: string; title: string; handle: string | null } | null
  inventory_items: { required_quantity: number; inventory: { location_levels: Level[] | null } | null }[] | null
}

/**
 * Every stock-tracked variant with its stock per location (or only `variantIds`). A variant made of several
 * inventory items (a bundle) has as many units as its scarcest item allows, as in Medusa's own availability.
 */
export async function variantStock(container: MedusaContainer, variantIds?: string[]): Promise<VariantStock[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: locations }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "sku",
        "product.id",
        "product.title",
        "product.handle",
        "inventory_items.required_quantity",
        "inventory_items.inventory.location_levels.location_id",
        "inventory_items.inventory.location_levels.stocked_quantity",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { manage_inventory: true, ...(variantIds ? { id: variantIds } : {}) },
    }),
    query.graph({ entity: "stock_location", fields: ["id", "name", "sales_channels.id"] }),
  ])
  const locationById = new Map(
    (locations as { id: string; name: string; sales_channels?: { id: string }[] | null }[]).map((l) => [l.id, l])
  )
  const stock: VariantStock[] = []
  for (const variant of variants as unknown as VariantRow[]) {
    const items = (variant.inventory_items ?? []).filter((i) => i.inventory)
    if (!items.length) continue
    const locationIds = [...new Set(items.flatMap((i) => (i.inventory!.location_levels ?? []).map((l) => l.location_id)))]
    if (!locationIds.length) continue
    stock.push({
      variant_id: variant.id,
      variant_title: variant.title,
      sku: variant.sku,
      product_id: variant.product?.id ?? "",
      product_title: variant.product?.title ?? "",
      product_handle: variant.product?.handle ?? null,
      locations: locationIds.map((locationId) => {
        const location = locationById.get(locationId)
        return {
          location_id: locationId,
          location_name: location?.name ?? locationId,
          sales_channel_ids: (location?.sales_channels ?? []).map((c) => c.id),
          ...unitsAt(items, locationId),
        }
      }),
    })
  }
  return stock
}

/** Stocked and available units of the variant at a location: the scarcest of its items, per unit required. */
function unitsAt(items: NonNullable<VariantRow["inventory_items"]>, locationId: string) {
  let stocked = Infinity
  let available = Infinity
  for (const item of items) {
    const level = (item.inventory!.location_levels ?? []).find((l) => l.location_id === locationId)
    const per = Math.max(1, Number(item.required_quantity) || 1)
    const itemStocked = Number(level?.stocked_quantity ?? 0)
    const itemAvailable = itemStocked - Number(level?.reserved_quantity ?? 0)
    stocked = Math.min(stocked, Math.floor(itemStocked / per))
    available = Math.min(available, Math.floor(itemAvailable / per))
  }
  return { stocked, reserved: stocked - available, available }
}
