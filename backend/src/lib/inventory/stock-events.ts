import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Event payloads carry one id or, when Medusa groups them, several. */
export const eventIds = (data: { id?: string | string[] } | undefined): string[] =>
  data?.id === undefined ? [] : Array.isArray(data.id) ? data.id : [data.id]

/** The variants whose stock an inventory level change touched. */
export async function variantsOfInventoryLevels(container: MedusaContainer, levelIds: string[]): Promise<string[]> {
  if (!levelIds.length) return []
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ id: levelIds }, { select: ["inventory_item_id"], withDeleted: true })
  const itemIds = [...new Set(levels.map((l) => l.inventory_item_id))]
  if (!itemIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "inventory_item",
    fields: ["variants.id"],
    filters: { id: itemIds },
  })
  return [...new Set((data as { variants?: { id: string }[] | null }[]).flatMap((i) => (i.variants ?? []).map((v) => v.id)))]
}
