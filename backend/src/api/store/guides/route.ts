import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listPublishedGuides } from "@/queries/guides/store-guides"
import type { StoreListGuidesType } from "./validators"

/** GET /store/guides: published guides with their authors, filterable by tag, product and search term. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListGuidesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.json(await listPublishedGuides(query, req.validatedQuery))
}
