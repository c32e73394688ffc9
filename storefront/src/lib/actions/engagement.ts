"use server"

import { requestBackInStockNotice, subscribeToNewsletter } from "@/lib/data/engagement"
import { customerMessage, NotFoundError } from "@/lib/data/errors"
import { sendGuideFeedback } from "@/lib/data/guides"
import { failed, isEmail, succeeded, textField, type ActionState } from "@/lib/forms"

const INVALID_EMAIL = "Please enter a valid email address, like name@example.com."

export async function newsletterAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const email = textField(formData, "email", 254).toLowerCase()
  if (!isEmail(email)) return failed(INVALID_EMAIL)
  const source = textField(formData, "source", 100)
  try {
    await subscribeToNewsletter(email, source || undefined)
  } catch (error) {
    if (error instanceof NotFoundError) return failed("Newsletter sign-up isn't open yet. Please try again in a few days.")
    return failed(customerMessage(error, "We couldn't sign you up. Please try again."))
  }
  return succeeded("Thank you! You're signed up. Look out for our next letter in your inbox.")
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
  try {
    await requestBackInStockNotice(variantId, email)
  } catch (error) {
    if (error instanceof NotFoundError) return failed("Back-in-stock emails aren't available yet. Please check back soon.")
    return failed(customerMessage(error, "We couldn't save your request. Please try again."))
  }
  return succeeded(`Thanks! We'll email ${email} as soon as it's back in stock.`)
}
