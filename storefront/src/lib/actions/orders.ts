"use server"

import { redirect } from "next/navigation"
import { getPlacedOrderCartId, getPlacedOrderId } from "@/lib/data/cookies"
import { AuthError, register } from "@/lib/data/customer"
import { customerMessage } from "@/lib/data/errors"
import { claimOrder, requestOrderLink } from "@/lib/data/orders"
import { failed, intField, isEmail, succeeded, textField, type ActionState } from "@/lib/forms"

const MIN_PASSWORD_LENGTH = 8

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

/** A guest's "create an account" on the confirmation page: the account keeps this order. */
export async function createAccountFromOrderAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const orderId = textField(formData, "order_id", 100)
  const email = textField(formData, "email", 254).toLowerCase()
  const password = textField(formData, "password", 200)
  const firstName = textField(formData, "first_name", 100)
  const lastName = textField(formData, "last_name", 100)
  const access = textField(formData, "access", 1000)
  if (!firstName || !lastName) return failed("Please enter your first and last name.")
  if (!isEmail(email)) return failed("Please enter a valid email address, like name@example.com.")
  if (password.length < MIN_PASSWORD_LENGTH) return failed(`Please choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
  const [placedHere, placedCart] = await Promise.all([getPlacedOrderId(), getPlacedOrderCartId()])
  try {
    await register({ email, password, firstName, lastName })
    await claimOrder(orderId, { cartId: placedHere === orderId ? placedCart : null, token: access || null })
  } catch (error) {
    return failed(error instanceof AuthError ? error.message : customerMessage(error, "We couldn't create your account. Please try again."))
  }
  redirect(`/account/orders/${encodeURIComponent(orderId)}`)
}
