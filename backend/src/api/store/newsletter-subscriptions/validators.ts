import { z } from "@medusajs/framework/zod"
import { EMAIL_MAX_LENGTH, SIGN_UP_SOURCE_MAX_LENGTH } from "@/modules/engagement/types"

export const NewsletterEmail = z
  .string({ error: (issue) => (issue.input === undefined ? "email is required" : "email must be a string") })
  .trim()
  .max(EMAIL_MAX_LENGTH, `email must be at most ${EMAIL_MAX_LENGTH} characters`)
  .pipe(z.email({ error: "email must be a valid email address" }))

export const StoreNewsletterSignUp = z
  .object({
    email: NewsletterEmail,
    /** Where the form was: "footer", "guide:<slug>", … */
    source: z.string().trim().min(1).max(SIGN_UP_SOURCE_MAX_LENGTH).optional(),
  })
  .strict()
export type StoreNewsletterSignUpType = z.infer<typeof StoreNewsletterSignUp>

/** The signed token from a confirmation or unsubscribe link. */
export const StoreNewsletterToken = z
  .object({
    token: z
      .string({ error: (issue) => (issue.input === undefined ? "token is required" : "token must be a string") })
      .trim()
      .min(1)
      .max(1000, "token must be at most 1000 characters"),
  })
  .strict()
export type StoreNewsletterTokenType = z.infer<typeof StoreNewsletterToken>
