import { MedusaService } from "@medusajs/framework/utils"
import GuideFeedback from "./models/guide-feedback"
import NewsletterSubscription from "./models/newsletter-subscription"
import { normalizeEmail, type GuideFeedbackInput, type GuideFeedbackSummary, type NewsletterSignUp } from "./types"

/** How readers engage beyond buying: the newsletter list and "was this helpful?" under guides. */
class EngagementModuleService extends MedusaService({ NewsletterSubscription, GuideFeedback }) {
  /**
   * Puts a reader on the newsletter list. Signing up again, in any letter case, is harmless: it returns the
   * existing entry (re-subscribing a reader who had left) and `created: false`.
   */
  async subscribeToNewsletter(input: NewsletterSignUp) {
    const email = normalizeEmail(input.email)
    const existing = await this.findNewsletterSubscription(email)
    if (existing) return { subscription: await this.resubscribe(existing), created: false }
    try {
      const subscription = await this.createNewsletterSubscriptions({ email, source: input.source ?? null, status: "subscribed" })
      return { subscription, created: true }
    } catch (error) {
      // A simultaneous sign-up of the same address inserted first; the unique index kept it to one row.
      const winner = await this.findNewsletterSubscription(email)
      if (!winner) throw error
      return { subscription: await this.resubscribe(winner), created: false }
    }
  }

  /** Records one reader's answer; an empty comment is no comment. */
  async recordGuideFeedback(input: GuideFeedbackInput) {
    return await this.createGuideFeedbacks({
      guide_id: input.guide_id,
      helpful: input.helpful,
      comment: input.comment?.trim() || null,
      customer_id: input.customer_id || null,
    })
  }

  /** How many readers found a guide helpful or not, and the latest comments, newest first. */
  async summarizeGuideFeedback(guideId: string, recentComments: number): Promise<GuideFeedbackSummary> {
    const countOnly = { take: 1, select: ["id"] }
    const [[, helpful], [, notHelpful], comments] = await Promise.all([
      this.listAndCountGuideFeedbacks({ guide_id: guideId, helpful: true }, countOnly),
      this.listAndCountGuideFeedbacks({ guide_id: guideId, helpful: false }, countOnly),
      this.listGuideFeedbacks(
        { guide_id: guideId, comment: { $ne: null } },
        { take: recentComments, order: { created_at: "DESC", id: "DESC" } }
      ),
    ])
    return {
      helpful,
      not_helpful: notHelpful,
      recent_comments: comments.map((f) => ({
        id: f.id,
        helpful: f.helpful,
        comment: f.comment ?? "",
        customer_id: f.customer_id,
        created_at: f.created_at,
      })),
    }
  }

  private async findNewsletterSubscription(normalizedEmail: string) {
    const [subscription] = await this.listNewsletterSubscriptions({ email: normalizedEmail }, { take: 1 })
    return subscription
  }

  private async resubscribe<S extends { id: string; status: string }>(subscription: S) {
    if (subscription.status === "subscribed") return subscription
    return await this.updateNewsletterSubscriptions({ id: subscription.id, status: "subscribed" })
  }
}

export default EngagementModuleService
