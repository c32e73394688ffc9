import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetGuideFeedback } from "./admin/guides/[id]/feedback/validators"
import { AdminListNewsletterSubscriptions } from "./admin/newsletter-subscriptions/validators"
import { StoreGuideFeedback } from "./store/guides/[slug]/feedback/validators"
import { StoreNewsletterSignUp, StoreNewsletterToken } from "./store/newsletter-subscriptions/validators"
import { StoreRegistrationRequest, StoreRegistrationToken } from "./store/registrations/validators"

// Anyone may answer "was this helpful?"; a logged-in customer's answer carries their id.
const customerIfLoggedIn = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * The registration link (asked for, then read), the newsletter sign-up (with its confirm and unsubscribe
 * links) and guide feedback, and the admin's views of both.
 */
export const engagementMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/registrations", middlewares: [validateAndTransformBody(StoreRegistrationRequest)] },
  { method: ["POST"], matcher: "/store/registrations/verify", middlewares: [validateAndTransformBody(StoreRegistrationToken)] },
  { method: ["POST"], matcher: "/store/newsletter-subscriptions", middlewares: [validateAndTransformBody(StoreNewsletterSignUp)] },
  {
    method: ["POST"],
    matcher: "/store/newsletter-subscriptions/confirm",
    middlewares: [validateAndTransformBody(StoreNewsletterToken)],
  },
  {
    method: ["POST"],
    matcher: "/store/newsletter-subscriptions/unsubscribe",
    middlewares: [validateAndTransformBody(StoreNewsletterToken)],
  },
  {
    method: ["POST"],
    matcher: "/store/guides/:slug/feedback",
    middlewares: [customerIfLoggedIn, validateAndTransformBody(StoreGuideFeedback)],
  },

  {
    method: ["GET"],
    matcher: "/admin/newsletter-subscriptions",
    middlewares: [validateAndTransformQuery(AdminListNewsletterSubscriptions, {})],
  },
  { method: ["GET"], matcher: "/admin/guides/:id/feedback", middlewares: [validateAndTransformQuery(AdminGetGuideFeedback, {})] },
]
