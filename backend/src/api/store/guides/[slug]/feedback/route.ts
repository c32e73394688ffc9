import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGAGEMENT_MODULE } from "../../../../../modules/engagement"
import type EngagementModuleService from "../../../../../modules/engagement/service"
import { publishedGuideId } from "./published-guide"
import type { StoreGuideFeedbackType } from "./validators"

/** POST /store/guides/:slug/feedback: "was this helpful?" under a published guide, from anyone. */
export const POST = async (req: MedusaStoreRequest<StoreGuideFeedbackType>, res: MedusaResponse) => {
  const guideId = await publishedGuideId(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.slug!)
  const feedback = await req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).recordGuideFeedback({
    guide_id: guideId,
    ...req.validatedBody,
    // Optional auth: a logged-in customer is remembered, everyone else answers anonymously.
    customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
  })
  res.status(201).json({ feedback: { id: feedback.id, helpful: feedback.helpful } })
}
