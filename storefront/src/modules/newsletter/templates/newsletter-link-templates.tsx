import Link from "next/link"
import type { ReactNode } from "react"
import { confirmNewsletterAction, unsubscribeNewsletterAction } from "@/lib/actions/engagement"
import type { FormAction } from "@/lib/forms"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"

/** The search params of a page an email links to: `?token=…`, possibly repeated by a mangling mail client. */
export interface EmailLinkSearchParams {
  searchParams: Promise<{ token?: string | string[] }>
}

/** The link's token: the first one given, trimmed; "" when there is none. */
export async function linkToken({ searchParams }: EmailLinkSearchParams): Promise<string> {
  const { token } = await searchParams
  return (Array.isArray(token) ? token[0] : token)?.trim() ?? ""
}

// Where a reader can sign up again: the home page ends with the newsletter form.
const SIGN_UP_AGAIN = "/#newsletter-heading"

/**
 * The page a confirmation email links to. Opening it changes nothing, since mail scanners open links too;
 * only the button, posting the link's token, confirms.
 */
export function ConfirmNewsletterTemplate({ token }: { token: string }) {
  if (!token) {
    return (
      <IncompleteLink heading="This confirmation link is incomplete">
        <p>
          Part of the link seems to have been lost on the way. Please open it again from our email, or copy the whole link into your
          browser&apos;s address bar.
        </p>
        <p>If the email is more than 7 days old, its link has run out: sign up again and we&apos;ll send you a new one.</p>
        <p className="notice__actions">
          <Link className="button" href={SIGN_UP_AGAIN}>
            Sign up again
          </Link>
          <Link href="/">Go to the home page</Link>
        </p>
      </IncompleteLink>
    )
  }
  return (
    <EmailLinkPage
      id="newsletter-confirm"
      heading="Confirm your newsletter subscription"
      action={confirmNewsletterAction}
      token={token}
      button="Confirm my subscription"
      after={
        <p className="meta">
          Confirmation links work for 7 days. If yours has run out, <Link href={SIGN_UP_AGAIN}>sign up again</Link> and we&apos;ll send a
          new one.
        </p>
      }
    >
      <p>
        You asked for our newsletter: one short letter a month about the gut, the skin and the research behind them. Press the button below
        to confirm this is your address, and we&apos;ll start sending it.
      </p>
      <p>Didn&apos;t sign up? Then there&apos;s nothing to do: without your confirmation we won&apos;t send you the newsletter.</p>
    </EmailLinkPage>
  )
}

/** The page every newsletter email's unsubscribe link opens; as with confirming, only the button acts. */
export function UnsubscribeNewsletterTemplate({ token }: { token: string }) {
  if (!token) {
    return (
      <IncompleteLink heading="This unsubscribe link is incomplete">
        <p>
          Part of the link seems to have been lost on the way. Please open it again from the bottom of one of our newsletter emails, or copy
          the whole link into your browser&apos;s address bar.
        </p>
        <p className="notice__actions">
          <Link className="button" href="/">
            Go to the home page
          </Link>
          <Link href="/policies#privacy">How we use your details</Link>
        </p>
      </IncompleteLink>
    )
  }
  return (
    <EmailLinkPage
      id="newsletter-unsubscribe"
      heading="Unsubscribe from our newsletter"
      action={unsubscribeNewsletterAction}
      token={token}
      button="Unsubscribe"
      after={
        <p className="meta">
          Changed your mind later? You can <Link href={SIGN_UP_AGAIN}>sign up again</Link> at any time.
        </p>
      }
    >
      <p>
        Press the button below and we&apos;ll stop sending our newsletter to the address this email went to. Emails about your orders and
        subscriptions still arrive as before.
      </p>
    </EmailLinkPage>
  )
}

export function EmailLinkPage({
  id,
  heading,
  action,
  token,
  button,
  after,
  children,
}: {
  id: string
  heading: string
  action: FormAction
  token: string
  button: string
  after: ReactNode
  children: ReactNode
}) {
  return (
    <section className="notice" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{heading}</h1>
      {children}
      <ActionForm action={action} label={heading}>
        <input type="hidden" name="token" value={token} />
        <SubmitButton>{button}</SubmitButton>
      </ActionForm>
      {after}
    </section>
  )
}

export function IncompleteLink({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="notice" aria-labelledby="incomplete-link-heading">
      <h1 id="incomplete-link-heading">{heading}</h1>
      {children}
    </section>
  )
}
