"use server"

import { requestRegistrationLink } from "@/lib/data/customer"
import { customerMessage } from "@/lib/data/errors"
import { requestOrderLink } from "@/lib/data/orders"
import { failed, intField, isEmail, succeeded, textField, type ActionState } from "@/lib/forms"

/** "Find my order": the same answer whether or not anything matched, as the backend gives. */
export async function orderLookupAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const email = textField(formData, "email", 254).toLowerCase()
  const orderNumber = intField(formData, "order_number", 1, 2_147_483_647)
  if (!isEmail(email)) return failed("Please enter the email address you ordered with.")
  if (orderNumber === null) return failed("Please enter the order number from your confirmation, like 1042.")
  try {
    await requestOrderLink(email, orderNumber)
  } catch (error) {
    return failed(customerMessage(error, "We couldn't look up the order. Please try again."))
  }
  return succeeded(`If an order ${orderNumber} was placed with ${email}, we've emailed a link to it there. The link works for 24 hours.`)
}

/**
 * A guest's "create an account" on the confirmation page: the order's address is emailed a link to finish
 * registering, which keeps this order in the new account. The same answer whatever the address.
 */
export async function createAccountFromOrderAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const orderId = textField(formData, "order_id", 100)
  const email = textField(formData, "email", 254).toLowerCase()
  if (!isEmail(email)) return failed("Please enter a valid email address, like name@example.com.")
  try {
    await requestRegistrationLink({ email, orderId: orderId || undefined })
  } catch (error) {
    return failed(customerMessage(error, "We couldn't send the link. Please try again."))
  }
  return succeeded(
    `Check your inbox: we've sent a link to ${email} to finish creating your account. It works for 24 hours, and this order will be in the account.`
  )
}
