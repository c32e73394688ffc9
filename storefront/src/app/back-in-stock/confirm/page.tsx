import type { Metadata } from "next"
import Link from "next/link"
import { confirmBackInStockAction } from "@/lib/actions/engagement"
import { privatePageMetadata } from "@/lib/seo"
import {
  EmailLinkPage,
  IncompleteLink,
  linkToken,
  type EmailLinkSearchParams,
} from "@/modules/newsletter/templates/newsletter-link-templates"

// Per request: the token is in the link. Nothing is confirmed until the shopper presses the button, since mail
// scanners open links too.
export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Confirm your back-in-stock email", "/back-in-stock/confirm")

export default async function ConfirmBackInStockPage(props: EmailLinkSearchParams) {
  const token = await linkToken(props)
  if (!token) {
    return (
      <IncompleteLink heading="This confirmation link is incomplete">
        <p>
          Part of the link seems to have been lost on the way. Please open it again from our email, or ask again with &ldquo;Notify
          me&rdquo; on the product&apos;s page.
        </p>
        <p className="notice__actions">
          <Link className="button" href="/store">
            Go to the shop
          </Link>
        </p>
      </IncompleteLink>
    )
  }
  return (
    <EmailLinkPage
      id="back-in-stock-confirm"
      heading="Confirm your back-in-stock email"
      action={confirmBackInStockAction}
      token={token}
      button="Confirm my alert"
      after={<p className="meta">Confirmation links work for 7 days.</p>}
    >
      <p>You asked us to write when a sold-out size is back. Press the button to confirm this is your address.</p>
      <p>Didn&apos;t ask? Then there&apos;s nothing to do: without your confirmation we won&apos;t write to you about it.</p>
    </EmailLinkPage>
  )
}
