import type { MedusaContainer } from "@medusajs/framework/types"
import { readEnv } from "../config/env"
import { renderEmail, sendEmail, type RenderedEmail } from "../emails"
import { newsletterEmail, type NewsletterEmailTemplate, type NewsletterLinks } from "../emails/templates/newsletter"
import { CONFIRMATION_LINK_DAYS, newsletterToken, type NewsletterTokenPurpose } from "../modules/engagement/newsletter-tokens"
import { storefrontUrl } from "./storefront-url"

/** The storefront page that acts on a newsletter link, with its signed token. */
export function newsletterLink(purpose: NewsletterTokenPurpose, email: string, now = new Date()): string {
  return `${storefrontUrl(`/newsletter/${purpose}`)}?token=${newsletterToken(readEnv().NEWSLETTER_SECRET, purpose, email, now)}`
}

export type NewsletterEmail = NewsletterEmailTemplate

/** The email as the reader receives it; every email after the confirmation carries the link to leave the list. */
export function renderNewsletterEmail(template: NewsletterEmail, links: NewsletterLinks): RenderedEmail {
  return renderEmail(newsletterEmail(template, links, CONFIRMATION_LINK_DAYS))
}

/**
 * Sends a newsletter email through Medusa's notification module. The signed links go into the body only: the
 * notification record (and the development log of it) never holds a token.
 */
export async function sendNewsletterEmail(container: MedusaContainer, template: NewsletterEmail, to: { id: string; email: string }) {
  const links = {
    unsubscribe_url: newsletterLink("unsubscribe", to.email),
    ...(template === "newsletter-confirmation" ? { confirm_url: newsletterLink("confirm", to.email) } : {}),
  }
  await sendEmail(container, {
    to: to.email,
    template,
    document: newsletterEmail(template, links, CONFIRMATION_LINK_DAYS),
    data: { newsletter_subscription_id: to.id },
    resource_id: to.id,
    resource_type: "newsletter_subscription",
  })
}
