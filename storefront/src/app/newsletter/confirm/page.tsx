import type { Metadata } from "next"
import { privatePageMetadata } from "@/lib/seo"
import { ConfirmNewsletterTemplate, linkToken, type EmailLinkSearchParams } from "@/modules/newsletter/templates/newsletter-link-templates"

// Per request: the token is in the link. Nothing is confirmed until the reader presses the button.
export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Confirm your newsletter subscription", "/newsletter/confirm")

export default async function ConfirmNewsletterPage(props: EmailLinkSearchParams) {
  return <ConfirmNewsletterTemplate token={await linkToken(props)} />
}
