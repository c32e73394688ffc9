import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { CONFIRMATION_LINK_DAYS, newsletterToken, type NewsletterTokenPurpose } from "../modules/engagement/newsletter-tokens"
import { storefrontUrl } from "./storefront-url"

/** The storefront page that acts on a newsletter link, with its signed token. */
export function newsletterLink(purpose: NewsletterTokenPurpose, email: string, now = new Date()): string {
  return `${storefrontUrl(`/newsletter/${purpose}`)}?token=${newsletterToken(readEnv().NEWSLETTER_SECRET, purpose, email, now)}`
}

export type NewsletterEmail = "newsletter-confirmation" | "newsletter-welcome"

/** Plain-text templates; every email after the confirmation carries the link to leave the list. */
export function renderNewsletterEmail(template: NewsletterEmail, links: { confirm_url?: string; unsubscribe_url: string }) {
  switch (template) {
    case "newsletter-confirmation":
      return {
        subject: "Please confirm your Biome & Bloom newsletter sign-up",
        text: [
          "Someone, we hope you, asked for the Biome & Bloom newsletter to be sent to this address.",
          `To confirm, open this link within ${CONFIRMATION_LINK_DAYS} days: ${links.confirm_url}`,
          "If it was not you, ignore this email: nothing is sent until the address is confirmed.",
        ].join("\n\n"),
      }
    case "newsletter-welcome":
      return {
        subject: "You're on the Biome & Bloom newsletter",
        text: [
          "Thank you for confirming. You will get one short letter a month about the gut, the skin and the research behind them.",
          `To stop receiving the newsletter, open this link at any time: ${links.unsubscribe_url}`,
        ].join("\n\n"),
      }
  }
}

/** Sends a newsletter email through Medusa's notification module (the local provider in development). */
export async function sendNewsletterEmail(container: MedusaContainer, template: NewsletterEmail, to: { id: string; email: string }) {
  const links = {
    unsubscribe_url: newsletterLink("unsubscribe", to.email),
    ...(template === "newsletter-confirmation" ? { confirm_url: newsletterLink("confirm", to.email) } : {}),
  }
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: to.email,
    channel: "email",
    template,
    data: links,
    content: renderNewsletterEmail(template, links),
    resource_id: to.id,
    resource_type: "newsletter_subscription",
  })
}
