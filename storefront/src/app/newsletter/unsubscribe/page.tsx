import type { Metadata } from "next"
import { privatePageMetadata } from "@/lib/seo"
import {
  UnsubscribeNewsletterTemplate,
  linkToken,
  type EmailLinkSearchParams,
} from "@/modules/newsletter/templates/newsletter-link-templates"

// Per request: the token is in the link. Nothing changes until the reader presses the button.
export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Unsubscribe from the newsletter", "/newsletter/unsubscribe")

export default async function UnsubscribeNewsletterPage(props: EmailLinkSearchParams) {
  return <UnsubscribeNewsletterTemplate token={await linkToken(props)} />
}
