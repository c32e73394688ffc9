import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { newsletterLink } from "@/lib/newsletter-emails"
import { ENGAGEMENT_MODULE } from "@/modules/engagement"
import type EngagementModuleService from "@/modules/engagement/service"
import type { AdminListNewsletterSubscriptionsType } from "./validators"
import { containsPattern } from "@/lib/like-pattern"

/**
 * GET /admin/newsletter-subscriptions: the newsletter list, newest first, searchable by email. Only
 * "subscribed" readers confirmed their address; each entry carries the link that takes the reader off the
 * list, for the email tool that sends the newsletter to put in every issue.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListNewsletterSubscriptionsType>, res: MedusaResponse) => {
  const { q, status, limit, offset } = req.validatedQuery
  const filters = {
    ...(status ? { status } : {}),
    // Emails are stored lowercased; the search term is literal text, so % and _ match themselves.
    ...(q ? { email: { $ilike: containsPattern(q.toLowerCase()) } } : {}),
  }
  const [subscriptions, count] = await req.scope
    .resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
    .listAndCountNewsletterSubscriptions(filters, { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } })
  res.json({
    newsletter_subscriptions: subscriptions.map((s) => ({ ...s, unsubscribe_url: newsletterLink("unsubscribe", s.email) })),
    count,
    limit,
    offset,
  })
}
