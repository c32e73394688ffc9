import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishedGuidesOfProduct } from "@/queries/guides/store-guides"

/** GET /store/products/:id/guides: the product's published guides, primary first, then in order. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannels = req.publishable_key_context?.sales_channel_ids ?? []
  res.json({ guides: await publishedGuidesOfProduct(query, req.params.id!, salesChannels) })
}
