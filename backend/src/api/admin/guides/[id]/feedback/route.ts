import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ENGAGEMENT_MODULE } from "@/modules/engagement"
import type EngagementModuleService from "@/modules/engagement/service"
import type { AdminGetGuideFeedbackType } from "./validators"

/** GET /admin/guides/:id/feedback: how many readers found the guide helpful, and what they wrote. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetGuideFeedbackType>, res: MedusaResponse) => {
  const guideId = req.params.id!
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [guide],
  } = await query.graph({ entity: "guide", fields: ["id"], filters: { id: guideId } })
  if (!guide) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Guide with id "${guideId}" was not found`)
  const engagement = req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  res.json(await engagement.summarizeGuideFeedback(guideId, req.validatedQuery.limit))
}
