import { createHash, randomUUID } from "node:crypto"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import GuideFeedback from "./models/guide-feedback"
import NewsletterSubscription from "./models/newsletter-subscription"
import {
  CONFIRMATION_RESEND_MINUTES,
  normalizeEmail,
  type GuideFeedbackInput,
  type GuideFeedbackSummary,
  type NewsletterSignUp,
  type NewsletterStatus,
} from "./types"

interface NewsletterSubscriptionRow {
  id: string
  email: string
  status: NewsletterStatus
  confirmation_sent_at: Date | string | null
}

export type NewsletterConfirmation =
  | { outcome: "not_found" }
  | { outcome: "confirmed" | "already_confirmed" | "unsubscribed"; subscription: NewsletterSubscriptionRow }

/** How readers engage beyond buying: the newsletter list and "was this helpful?" under guides. */
class EngagementModuleService extends MedusaService({ NewsletterSubscription, GuideFeedback }) {
  /**
   * A reader asks to join the newsletter. A new address (or one that had left) waits as "pending" until the
   * reader confirms it; signing up again, in any letter case, is harmless and keeps the one row.
   * `send_confirmation` says whether a confirmation email is due: for a pending reader, at most once every
   * CONFIRMATION_RESEND_MINUTES, so repeated sign-ups cannot flood someone's inbox.
   */
  async subscribeToNewsletter(input: NewsletterSignUp, now = new Date()) {
    const email = normalizeEmail(input.email)
    const existing = await this.findNewsletterSubscription(email)
    if (existing) return await this.signUpAgain(existing, now)
    try {
      const subscription = await this.createNewsletterSubscriptions({
        email,
        source: input.source ?? null,
        status: "pending",
        confirmation_sent_at: now,
      })
      return { subscription, created: true, send_confirmation: true }
    } catch (error) {
      // A simultaneous sign-up of the same address inserted first; the unique index kept it to one row.
      const winner = await this.findNewsletterSubscription(email)
      if (!winner) throw error
      return await this.signUpAgain(winner, now)
    }
  }

  /** The reader clicked the confirmation link. Confirming twice is harmless; after unsubscribing it is refused. */
  async confirmNewsletterSubscription(email: string, now = new Date()): Promise<NewsletterConfirmation> {
    const subscription = await this.findNewsletterSubscription(normalizeEmail(email))
    if (!subscription) return { outcome: "not_found" }
    if (subscription.status === "unsubscribed") return { outcome: "unsubscribed", subscription }
    if (subscription.status === "subscribed") return { outcome: "already_confirmed", subscription }
    const confirmed = await this.updateNewsletterSubscriptions({ id: subscription.id, status: "subscribed", confirmed_at: now })
    return { outcome: "confirmed", subscription: confirmed }
  }

  /** The reader left the list from an email's link; leaving twice is harmless. */
  async unsubscribeFromNewsletter(email: string, now = new Date()) {
    const subscription = await this.findNewsletterSubscription(normalizeEmail(email))
    if (!subscription) return null
    if (subscription.status === "unsubscribed") return subscription
    return await this.updateNewsletterSubscriptions({ id: subscription.id, status: "unsubscribed", unsubscribed_at: now })
  }

  /**
   * Records one reader's answer; an empty comment is no comment. One vote per voter and guide: answering again
   * changes the vote (one INSERT … ON CONFLICT, so two clicks at once still leave one vote).
   */
  @InjectManager()
  async recordGuideFeedback(input: GuideFeedbackInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const voterKey = input.voter ? createHash("sha256").update(`guide-feedback:${input.voter}`).digest("hex") : null
    const row = {
      guide_id: input.guide_id,
      helpful: input.helpful,
      comment: input.comment?.trim() || null,
      customer_id: input.customer_id || null,
    }
    if (!voterKey) return await this.createGuideFeedbacks(row)
    const knex = sharedContext.manager!.getKnex()
    const [vote] = await knex("guide_feedback")
      .insert({ id: `gfb_${randomUUID().replace(/-/g, "")}`, ...row, voter_key: voterKey })
      .onConflict(knex.raw("(guide_id, voter_key) where deleted_at is null and voter_key is not null"))
      .merge({ helpful: row.helpful, comment: row.comment, customer_id: row.customer_id, updated_at: knex.fn.now() })
      .returning(["id", "helpful"])
    return vote as { id: string; helpful: boolean }
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

  private async signUpAgain(subscription: NewsletterSubscriptionRow, now: Date) {
    if (subscription.status === "subscribed") return { subscription, created: false, send_confirmation: false }
    const claimed = await this.claimConfirmationResend(subscription.id, now)
    if (!claimed) return { subscription, created: false, send_confirmation: false }
    return {
      subscription: { ...subscription, status: "pending" as const, confirmation_sent_at: now },
      created: false,
      send_confirmation: true,
    }
  }

  /**
   * Takes the right to send a confirmation email again: one conditional UPDATE, so of several sign-ups at the
   * same moment exactly one wins and the inbox gets one email. Due for a reader who had left, or one still
   * pending whose last email is older than CONFIRMATION_RESEND_MINUTES.
   */
  @InjectManager()
  async claimConfirmationResend(id: string, now: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const cutoff = new Date(now.getTime() - CONFIRMATION_RESEND_MINUTES * 60_000)
    const rows = await knex("newsletter_subscription")
      .update({ status: "pending", confirmation_sent_at: now, updated_at: knex.fn.now() })
      .where({ id })
      .whereNull("deleted_at")
      .andWhere((q) =>
        q
          .where("status", "unsubscribed")
          .orWhere((p) =>
            p.where("status", "pending").andWhere((c) => c.whereNull("confirmation_sent_at").orWhere("confirmation_sent_at", "<=", cutoff))
          )
      )
      .returning(["id"])
    return rows.length === 1
  }
}

export default EngagementModuleService
