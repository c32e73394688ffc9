import type { EmailDocument } from "../document"
import { SHOP_NAME } from "../document"

export type NewsletterEmailTemplate = "newsletter-confirmation" | "newsletter-welcome"

export interface NewsletterLinks {
  confirm_url?: string
  unsubscribe_url: string
}

/** The double opt-in emails. Their links carry signed tokens: they go into the body only, never into a record or a log. */
export function newsletterEmail(template: NewsletterEmailTemplate, links: NewsletterLinks, linkDays: number): EmailDocument {
  switch (template) {
    case "newsletter-confirmation":
      if (!links.confirm_url) throw new Error("The newsletter confirmation needs its confirm link")
      return {
        subject: `Please confirm your ${SHOP_NAME} newsletter sign-up`,
        preview: "One click and you are on the list.",
        heading: "Please confirm your address",
        blocks: [
          { type: "paragraph", text: `Someone, we hope you, asked for the ${SHOP_NAME} newsletter to be sent to this address.` },
          { type: "action", label: "Confirm my address", url: links.confirm_url },
          { type: "paragraph", text: `The link works for ${linkDays} days.` },
          { type: "paragraph", text: "If it was not you, ignore this email: nothing is sent until the address is confirmed." },
        ],
        footer: [{ type: "paragraph", text: "You are receiving this email because this address was entered in our newsletter form." }],
      }
    case "newsletter-welcome":
      return {
        subject: `You're on the ${SHOP_NAME} newsletter`,
        preview: "One short letter a month about the gut, the skin and the research behind them.",
        heading: "Welcome to the newsletter",
        blocks: [
          {
            type: "paragraph",
            text: "Thank you for confirming. You will get one short letter a month about the gut, the skin and the research behind them.",
          },
        ],
        footer: [
          { type: "paragraph", text: "You are receiving this email because you confirmed your newsletter sign-up." },
          { type: "paragraph", text: "You can stop receiving the newsletter at any time with one click." },
          { type: "action", label: "Unsubscribe", url: links.unsubscribe_url },
        ],
      }
  }
}
