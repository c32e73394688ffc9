/** "pending" until the reader clicks the link in the confirmation email (double opt-in). */
export const NEWSLETTER_STATUSES = ["pending", "subscribed", "unsubscribed"] as const
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number]

/** Longest email SMTP can deliver to (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254
/** Where a sign-up came from, e.g. "footer" or "guide:what-is-the-gut-skin-axis". */
export const SIGN_UP_SOURCE_MAX_LENGTH = 100
export const FEEDBACK_COMMENT_MAX_LENGTH = 500
/** A pending reader who signs up again gets the confirmation email again, but not more often than this. */
export const CONFIRMATION_RESEND_MINUTES = 10

export interface NewsletterSignUp {
  email: string
  source?: string | null
}

export interface GuideFeedbackInput {
  guide_id: string
  helpful: boolean
  comment?: string | null
  customer_id?: string | null
  /** Identifies the voter (hashed before storing); a second answer from the same voter replaces the first. */
  voter?: string | null
}

/** The content team's view of how readers found a guide. */
export interface GuideFeedbackSummary {
  helpful: number
  not_helpful: number
  recent_comments: {
    id: string
    helpful: boolean
    comment: string
    customer_id: string | null
    created_at: Date
  }[]
}

/** One spelling per address, so "Ana@Example.com" and "ana@example.com " are the same reader. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase()
