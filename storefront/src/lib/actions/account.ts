"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { parseAddressForm } from "@/lib/address-form"
import { transferCartToCustomer } from "@/lib/data/cart"
import { getPlacedOrderCartId, getPlacedOrderId } from "@/lib/data/cookies"
import {
  addAddress,
  AuthError,
  deleteAddress,
  login,
  logout,
  readRegistrationLink,
  register,
  RegistrationLinkError,
  requestRegistrationLink,
  type RegistrationLink,
} from "@/lib/data/customer"
import { customerMessage } from "@/lib/data/errors"
import { claimOrder } from "@/lib/data/orders"
import { failed, isEmail, safeReturnPath, succeeded, textField, type ActionState } from "@/lib/forms"

const MIN_PASSWORD_LENGTH = 8

export async function loginAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const email = textField(formData, "email", 254).toLowerCase()
  const password = textField(formData, "password", 200)
  const next = safeReturnPath(textField(formData, "next", 500))
  if (!isEmail(email)) return failed("Please enter the email address of your account.")
  if (!password) return failed("Please enter your password.")
  try {
    await login(email, password)
    await transferCartToCustomer()
  } catch (error) {
    return failed(error instanceof AuthError ? error.message : customerMessage(error, "We couldn't log you in. Please try again."))
  }
  redirect(next)
}

/** What every registration request hears, whether or not the address has an account (the email says which). */
const CHECK_YOUR_INBOX =
  "Check your inbox: we've sent a link to finish creating your account. It works for 24 hours; if nothing arrives, check your spam folder or ask again."

/** "Create an account", step one: the address. The backend emails it a link; the answer is the same for every address. */
export async function requestRegistrationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const email = textField(formData, "email", 254).toLowerCase()
  const next = safeReturnPath(textField(formData, "next", 500))
  if (!isEmail(email)) return failed("Please enter a valid email address, like name@example.com.")
  try {
    await requestRegistrationLink({ email, next })
  } catch (error) {
    return failed(customerMessage(error, "We couldn't send the link. Please try again."))
  }
  return succeeded(CHECK_YOUR_INBOX)
}

/**
 * "Create an account", step two, from the emailed link: name and password. Creates the account, logs in,
 * keeps the guest order the link was asked for from (or the cart in this browser), and goes on to the link's `next`.
 */
export async function completeRegistrationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const token = textField(formData, "token", 2000)
  const password = textField(formData, "password", 200)
  const firstName = textField(formData, "first_name", 100)
  const lastName = textField(formData, "last_name", 100)
  if (!firstName || !lastName) return failed("Please enter your first and last name.")
  if (password.length < MIN_PASSWORD_LENGTH) {
    return failed(`Please choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
  }
  let next: string
  try {
    const link = await readRegistrationLink(token)
    await register({ link, password, firstName, lastName })
    next = link.orderId ? await keepGuestOrder(link, link.orderId) : safeReturnPath(link.next)
    if (!link.orderId) await transferCartToCustomer()
  } catch (error) {
    if (error instanceof AuthError || error instanceof RegistrationLinkError) return failed(error.message)
    return failed(customerMessage(error, "We couldn't create your account. Please try again."))
  }
  redirect(next)
}

/** The guest order the registration link names joins the new account; where to go next either way. */
async function keepGuestOrder(link: RegistrationLink, orderId: string): Promise<string> {
  const [placedHere, placedCart] = await Promise.all([getPlacedOrderId(), getPlacedOrderCartId()])
  try {
    await claimOrder(orderId, { cartId: placedHere === orderId ? placedCart : null, registrationToken: link.token })
    return safeReturnPath(link.next, `/account/orders/${encodeURIComponent(orderId)}`)
  } catch {
    // The account exists and the customer is logged in; an order that cannot join it stays a guest order.
    return "/account/orders"
  }
}

export async function logoutAction(): Promise<void> {
  await logout()
  redirect("/account")
}

export async function addAddressAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseAddressForm(formData)
  if (!parsed.ok) return failed(parsed.message)
  try {
    await addAddress(parsed.address, formData.get("is_default_shipping") === "on")
  } catch (error) {
    return failed(customerMessage(error, "We couldn't save this address. Please try again."))
  }
  refresh()
  return succeeded("Address saved.")
}

export async function deleteAddressAction(addressId: string, _state: ActionState, _formData: FormData): Promise<ActionState> {
  try {
    await deleteAddress(addressId)
  } catch (error) {
    return failed(customerMessage(error, "We couldn't delete this address. Please try again."))
  }
  refresh()
  return succeeded("Address deleted.")
}
