import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retrievePublishedGuide } from "@/queries/guides/store-guides"

/** GET /store/guides/:slug: one published guide with its citations, products and related guides. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannels = req.publishable_key_context?.sales_channel_ids ?? []
  res.json({ guide: await retrievePublishedGuide(query, req.params.slug!, salesChannels) })
}
