"use server"

import {
  confirmBackInStockNotice,
  confirmNewsletter,
  requestBackInStockNotice,
  subscribeToNewsletter,
  unsubscribeFromNewsletter,
  type NewsletterSignUpStatus,
  type NewsletterSubscription,
} from "@/lib/data/engagement"
import { BackendRequestError, customerMessage, NotFoundError } from "@/lib/data/errors"
import { sendGuideFeedback } from "@/lib/data/guides"
import { failed, isEmail, succeeded, textField, type ActionState } from "@/lib/forms"

const INVALID_EMAIL = "Please enter a valid email address, like name@example.com."

// The backend's tokens are a few hundred characters; a longer one was not made by us.
const MAX_TOKEN_LENGTH = 1000

export async function newsletterAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const email = textField(formData, "email", 254).toLowerCase()
  if (!isEmail(email)) return failed(INVALID_EMAIL)
  const source = textField(formData, "source", 100)
  let status: NewsletterSignUpStatus
  try {
    status = await subscribeToNewsletter(email, source || undefined)
  } catch (error) {
    if (error instanceof NotFoundError) return failed("Newsletter sign-up isn't open yet. Please try again in a few days.")
    return failed(customerMessage(error, "We couldn't sign you up. Please try again."))
  }
  if (status === "subscribed") {
    return succeeded("You're already on our list, so there's nothing more to do. Look out for our next letter in your inbox.")
  }
  return succeeded(
    `Almost done! Please check your inbox at ${email} and click the link in our email to confirm your subscription. The link works for 7 days.`
  )
}

/** The "Confirm my subscription" button on the page a confirmation email links to. */
export async function confirmNewsletterAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const token = textField(formData, "token", MAX_TOKEN_LENGTH + 1)
  const problem = linkTokenProblem(token)
  if (problem) return failed(problem)
  let subscription: NewsletterSubscription
  try {
    subscription = await confirmNewsletter(token)
  } catch (error) {
    if (error instanceof NotFoundError) {
      return failed("We couldn't find a newsletter sign-up for this link. Please sign up again and we'll send you a new one.")
    }
    if (error instanceof BackendRequestError && error.status === 409) {
      return failed(customerMessage(error, "You unsubscribed after this link was sent. To join again, please sign up once more."))
    }
    if (error instanceof BackendRequestError && error.status === 400) {
      return failed(
        customerMessage(error, "This link isn't valid any more. Confirmation links work for 7 days; please sign up again for a new one.")
      )
    }
    return failed(customerMessage(error, "We couldn't confirm your subscription. Please try again."))
  }
  return succeeded(`Thank you, you're subscribed! Our next letter will go to ${subscription.email}.`)
}

/** The "Unsubscribe" button on the page every newsletter email links to. */
export async function unsubscribeNewsletterAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const token = textField(formData, "token", MAX_TOKEN_LENGTH + 1)
  const problem = linkTokenProblem(token)
  if (problem) return failed(problem)
  let subscription: NewsletterSubscription
  try {
    subscription = await unsubscribeFromNewsletter(token)
  } catch (error) {
    if (error instanceof NotFoundError) {
      return failed("We couldn't find this address on our newsletter list, so there's nothing to unsubscribe.")
    }
    if (error instanceof BackendRequestError && error.status === 400) {
      return failed(customerMessage(error, "This unsubscribe link isn't valid. Please use the link at the bottom of one of our emails."))
    }
    return failed(customerMessage(error, "We couldn't unsubscribe you. Please try again."))
  }
  return succeeded(`Done: we won't send our newsletter to ${subscription.email} any more. You're welcome back whenever you like.`)
}

/** Why the token from an email's link cannot be sent on, or null when it can. */
function linkTokenProblem(token: string): string | null {
  if (!token) {
    return "This link is missing part of its address. Please open it again from our email, or copy the whole link into your browser."
  }
  if (token.length > MAX_TOKEN_LENGTH) {
    return "This link is longer than the ones we send, so it may have been changed. Please open it again from our email."
  }
  return null
}

export async function guideFeedbackAction(slug: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const answer = textField(formData, "helpful", 5)
  if (answer !== "yes" && answer !== "no") return failed("Please answer Yes or No.")
  const comment = textField(formData, "comment", 1000)
  try {
    await sendGuideFeedback(slug, { helpful: answer === "yes", comment: comment || undefined })
  } catch (error) {
    if (error instanceof NotFoundError) return failed("Feedback isn't open yet for this guide. Please try again later.")
    return failed(customerMessage(error, "We couldn't send your feedback. Please try again."))
  }
  return succeeded(answer === "yes" ? "Thanks, we're glad it helped." : "Thanks for telling us. We'll use it to improve this guide.")
}

export async function notifyMeAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const variantId = textField(formData, "variant_id", 100)
  const email = textField(formData, "email", 254).toLowerCase()
  if (!variantId) return failed("Please choose the size you'd like.")
  if (!isEmail(email)) return failed(INVALID_EMAIL)
  let answer: string | null
  try {
    answer = await requestBackInStockNotice(variantId, email)
  } catch (error) {
    if (error instanceof NotFoundError) return failed("Back-in-stock emails aren't available yet. Please check back soon.")
    return failed(customerMessage(error, "We couldn't save your request. Please try again."))
  }
  // The backend says what happens next: a guest confirms from an email first.
  return succeeded(answer ?? `Thanks! Please check your inbox at ${email} to confirm your back-in-stock email.`)
}

/** The "Confirm my alert" button on the page a back-in-stock confirmation email links to. */
export async function confirmBackInStockAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const token = textField(formData, "token", MAX_TOKEN_LENGTH + 1)
  const problem = linkTokenProblem(token)
  if (problem) return failed(problem)
  try {
    const request = await confirmBackInStockNotice(token)
    return succeeded(
      `Confirmed. We'll email ${request.email} once when ${request.product_title} (${request.variant_title}) is back in stock.`
    )
  } catch (error) {
    if (error instanceof NotFoundError) return failed("This size is no longer sold here, so there is nothing to wait for.")
    return failed(customerMessage(error, "We couldn't confirm your request. Please try again."))
  }
}
