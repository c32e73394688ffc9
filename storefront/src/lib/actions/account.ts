"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { parseAddressForm } from "@/lib/address-form"
import { transferCartToCustomer } from "@/lib/data/cart"
import { addAddress, AuthError, deleteAddress, login, logout, register } from "@/lib/data/customer"
import { customerMessage } from "@/lib/data/errors"
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

export async function registerAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const email = textField(formData, "email", 254).toLowerCase()
  const password = textField(formData, "password", 200)
  const firstName = textField(formData, "first_name", 100)
  const lastName = textField(formData, "last_name", 100)
  const next = safeReturnPath(textField(formData, "next", 500))
  if (!firstName || !lastName) return failed("Please enter your first and last name.")
  if (!isEmail(email)) return failed("Please enter a valid email address, like name@example.com.")
  if (password.length < MIN_PASSWORD_LENGTH) {
    return failed(`Please choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
  }
  try {
    await register({ email, password, firstName, lastName })
    await transferCartToCustomer()
  } catch (error) {
    return failed(
      error instanceof AuthError ? error.message : customerMessage(error, "We couldn't create your account. Please try again.")
    )
  }
  redirect(next)
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
