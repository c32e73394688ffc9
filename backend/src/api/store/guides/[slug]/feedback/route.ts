import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGAGEMENT_MODULE } from "@/modules/engagement"
import type EngagementModuleService from "@/modules/engagement/service"
import { clientIp } from "@/api/http/rate-limits"
import { publishedGuideId } from "./published-guide"

/** The storefront's anonymous visitor id, so one browser has one vote per guide. */
export const VISITOR_HEADER = "x-visitor-id"
import type { StoreGuideFeedbackType } from "./validators"

/**
 * Who is voting: the customer when logged in, else the browser's visitor id (the storefront's cookie), else
 * the client's address. Hashed before it is stored.
 */
function voterOf(req: MedusaStoreRequest, customerId: string | null): string {
  if (customerId) return `customer:${customerId}`
  const visitor = req.headers[VISITOR_HEADER]
  if (typeof visitor === "string" && /^[\w-]{16,64}$/.test(visitor)) return `visitor:${visitor}`
  return `ip:${clientIp(req)}`
}

/** POST /store/guides/:slug/feedback: "was this helpful?" under a published guide, from anyone, once per voter. */
export const POST = async (req: MedusaStoreRequest<StoreGuideFeedbackType>, res: MedusaResponse) => {
  const guideId = await publishedGuideId(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.slug!)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const feedback = await req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).recordGuideFeedback({
    guide_id: guideId,
    ...req.validatedBody,
    // Optional auth: a logged-in customer is remembered, everyone else answers anonymously.
    customer_id: customerId,
    voter: voterOf(req, customerId),
  })
  res.status(201).json({ feedback: { id: feedback.id, helpful: feedback.helpful } })
}
