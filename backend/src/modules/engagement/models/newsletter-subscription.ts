import { model } from "@medusajs/framework/utils"
import { NEWSLETTER_STATUSES } from "../types"

/**
 * A reader on the newsletter list. The email is stored lowercased (see normalizeEmail) and unique, so the same
 * reader signing up twice, or twice at once, stays one row. A sign-up is "pending" until the reader confirms
 * the address from the email it sends; only "subscribed" readers may be sent the newsletter.
 */
const NewsletterSubscription = model
  .define("newsletter_subscription", {
    id: model.id({ prefix: "nlsub" }).primaryKey(),
    email: model.text(),
    /** Where the reader signed up: "footer", "guide:<slug>", … */
    source: model.text().nullable(),
    status: model.enum([...NEWSLETTER_STATUSES]).default("pending"),
    /** Set once the reader confirms by email (double opt-in); null until then. */
    confirmed_at: model.dateTime().nullable(),
    /** When the last confirmation email went out, so repeated sign-ups cannot flood an inbox. */
    confirmation_sent_at: model.dateTime().nullable(),
    unsubscribed_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_newsletter_subscription_email_unique", on: ["email"], unique: true }])
  .checks([{ name: "newsletter_subscription_email_lowercase", expression: "email = lower(email)" }])

export default NewsletterSubscription
