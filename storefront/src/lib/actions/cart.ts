"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { addLineItem, removeLineItem, updateLineItemQuantity } from "@/lib/data/cart"
import { customerMessage } from "@/lib/data/errors"
import { failed, intField, succeeded, textField, type ActionState } from "@/lib/forms"
import type { AddToCartState } from "@/lib/purchase"

/** Most a customer can add in one go; more is a wholesale enquiry. */
const MAX_QUANTITY = 10

type ParsedLine = { ok: true; variantId: string; quantity: number; intervalDays: number | null } | { ok: false; message: string }

function parseLine(formData: FormData): ParsedLine {
  const variantId = textField(formData, "variant_id", 100)
  if (!variantId) return { ok: false, message: "Please choose a size." }
  const quantity = intField(formData, "quantity", 1, MAX_QUANTITY) ?? (formData.has("quantity") ? null : 1)
  if (quantity === null) return { ok: false, message: `Please choose a quantity from 1 to ${MAX_QUANTITY}.` }
  if (textField(formData, "purchase", 20) !== "subscription") return { ok: true, variantId, quantity, intervalDays: null }
  const intervalDays = intField(formData, "interval_days", 1, 365)
  if (intervalDays === null) return { ok: false, message: "Please choose how often you'd like a delivery." }
  return { ok: true, variantId, quantity, intervalDays }
}

/** The product page's "Add to cart": a one-time line, or a subscribe-and-save line with its interval. */
export async function addToCartAction(_state: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const line = parseLine(formData)
  if (!line.ok) return failed(line.message)
  try {
    await addLineItem({ variantId: line.variantId, quantity: line.quantity, intervalDays: line.intervalDays })
  } catch (error) {
    return failed(customerMessage(error, "We couldn't add this to your cart. Please try again."))
  }
  refresh()
  // The choice just added comes back with the answer, so a page posted without JavaScript shows it again.
  const added = {
    variantId: line.variantId,
    mode: line.intervalDays ? ("subscription" as const) : ("one_time" as const),
    intervalDays: line.intervalDays,
    quantity: line.quantity,
  }
  return {
    ...succeeded(
      line.intervalDays ? `Added to your cart as a subscription, delivered every ${line.intervalDays} days.` : "Added to your cart."
    ),
    added,
  }
}

/** A guide's product card: subscribe or buy once in one click, then see it in the cart (with or without JavaScript). */
export async function addFromGuideAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const line = parseLine(formData)
  if (!line.ok) return failed(line.message)
  try {
    await addLineItem({ variantId: line.variantId, quantity: line.quantity, intervalDays: line.intervalDays })
  } catch (error) {
    return failed(customerMessage(error, "We couldn't add this to your cart. Please try again."))
  }
  redirect("/cart")
}

export async function updateQuantityAction(lineId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const quantity = intField(formData, "quantity", 0, MAX_QUANTITY)
  if (quantity === null) return failed(`Please choose a quantity from 0 to ${MAX_QUANTITY}.`)
  try {
    if (quantity === 0) await removeLineItem(lineId)
    else await updateLineItemQuantity(lineId, quantity)
  } catch (error) {
    return failed(customerMessage(error, "We couldn't change the quantity. Please try again."))
  }
  refresh()
  return succeeded(quantity === 0 ? "Removed from your cart." : "Quantity updated.")
}

export async function removeLineAction(lineId: string, _state: ActionState, _formData: FormData): Promise<ActionState> {
  try {
    await removeLineItem(lineId)
  } catch (error) {
    return failed(customerMessage(error, "We couldn't remove this item. Please try again."))
  }
  refresh()
  return succeeded("Removed from your cart.")
}
