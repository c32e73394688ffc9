"use server"

import { refresh } from "next/cache"
import { formatDate } from "@/lib/catalog"
import { longerInterval, NEXT_DELIVERY_ITEMS, retentionAlternatives } from "@biome/shared"
import { parseAddressForm } from "@/lib/address-form"
import {
  acceptRetentionDiscount,
  addToNextDelivery,
  removeFromNextDelivery,
  cancelSubscription,
  changeDeliveryAddress,
  changeSubscription,
  getSubscription,
  pauseSubscription,
  restartSubscription,
  resumeSubscription,
  sendNextDeliveryNow,
  skipNextDelivery,
  undoSkip,
} from "@/lib/data/subscriptions"
import { customerMessage, nullIfNotFound, orFallback } from "@/lib/data/errors"
import { getProductByHandle } from "@/lib/data/products"
import { failed, IDLE, intField, succeeded, textField, type ActionState } from "@/lib/forms"
import {
  isCancelReason,
  isIsoDay,
  MAX_SUBSCRIPTION_QUANTITY,
  type CancelReview,
  type CancelReviewState,
  type Subscription,
} from "@/lib/subscriptions"

const nextDelivery = (s: Subscription) => (s.nextDeliveryAt ? ` Your next delivery is on ${formatDate(s.nextDeliveryAt)}.` : "")

async function run(change: () => Promise<Subscription>, done: (s: Subscription) => string): Promise<ActionState> {
  let subscription: Subscription
  try {
    subscription = await change()
  } catch (error) {
    return failed(customerMessage(error, "We couldn't change your subscription. Please try again."))
  }
  refresh()
  return succeeded(done(subscription))
}

export async function skipDeliveryAction(id: string, _state: ActionState, _formData: FormData): Promise<ActionState> {
  return run(
    () => skipNextDelivery(id),
    (s) => `Done: that delivery is skipped.${nextDelivery(s)} Changed your mind? Undo the skip.`
  )
}

export async function sendNowAction(id: string, shownDate: string, _state: ActionState, _formData: FormData): Promise<ActionState> {
  return run(
    () => sendNextDeliveryNow(id, shownDate),
    (s) =>
      s.status === "past_due"
        ? "We couldn't place that delivery; your subscription shows why and when we'll try again."
        : `On its way: we're preparing your delivery today.${nextDelivery(s)}`
  )
}

/**
 * The product page's "Add to my next delivery": the chosen size, at its one-time price, billed and shipped
 * with the chosen subscription's next renewal. The page is cached, so nothing on it needs refreshing.
 */
export async function addToNextDeliveryAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const subscriptionId = textField(formData, "subscription_id", 100)
  if (!subscriptionId) return failed("Please choose which delivery to add this to.")
  const variantId = textField(formData, "variant_id", 100)
  if (!variantId) return failed("Please choose a size.")
  const quantity = intField(formData, "quantity", 1, NEXT_DELIVERY_ITEMS.maxQuantity) ?? (formData.has("quantity") ? null : 1)
  if (quantity === null) return failed(`Please choose a quantity from 1 to ${NEXT_DELIVERY_ITEMS.maxQuantity}.`)
  let subscription: Subscription
  try {
    subscription = await addToNextDelivery(subscriptionId, variantId, quantity)
  } catch (error) {
    return failed(customerMessage(error, "We couldn't add this to your delivery. Please try again."))
  }
  const added = subscription.nextDeliveryItems.find((i) => i.variantId === variantId)
  const what = added?.product ? ` ${added.quantity} × ${added.product.title}${added.variantTitle ? `, ${added.variantTitle}` : ""}.` : ""
  return succeeded(
    subscription.nextDeliveryAt
      ? `Added to your delivery of ${formatDate(subscription.nextDeliveryAt)}:${what || " done."}`
      : "Added to your next delivery."
  )
}

/** Takes a product the customer added off the next delivery. */
export async function removeFromNextDeliveryAction(
  id: string,
  variantId: string,
  _state: ActionState,
  _formData: FormData
): Promise<ActionState> {
  return run(
    () => removeFromNextDelivery(id, variantId),
    () => "Removed from your next delivery."
  )
}

export async function pauseAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const until = textField(formData, "until", 10)
  if (until && !isIsoDay(until)) return failed("Please choose a valid date to pause until, or leave it empty.")
  return run(
    () => pauseSubscription(id, until || undefined),
    (s) => (s.pausedUntil ? `Paused until ${formatDate(s.pausedUntil)}.` : "Paused. Nothing is sent or charged until you resume.")
  )
}

export async function resumeAction(id: string, _state: ActionState, _formData: FormData): Promise<ActionState> {
  return run(
    () => resumeSubscription(id),
    (s) => `Welcome back: your subscription is active again.${nextDelivery(s)}`
  )
}

export async function changeFrequencyAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const intervalDays = intField(formData, "interval_days", 1, 365)
  if (intervalDays === null) return failed("Please choose how often you'd like a delivery.")
  return run(
    () => changeSubscription(id, { intervalDays }),
    (s) => `Done: now delivered every ${s.intervalDays} days.${nextDelivery(s)}`
  )
}

export async function changeQuantityAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const quantity = intField(formData, "quantity", 1, MAX_SUBSCRIPTION_QUANTITY)
  if (quantity === null) return failed(`Please choose a quantity from 1 to ${MAX_SUBSCRIPTION_QUANTITY}.`)
  return run(
    () => changeSubscription(id, { quantity }),
    (s) => `Done: ${s.quantity} per delivery from now on.`
  )
}

export async function swapVariantAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const variantId = textField(formData, "variant_id", 100)
  if (!variantId) return failed("Please choose a size.")
  return run(
    () => changeSubscription(id, { variantId }),
    (s) => `Switched to ${s.variant?.title ?? "the new size"} from your next delivery.`
  )
}

export async function changeDateAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const date = textField(formData, "next_delivery_at", 10)
  if (!isIsoDay(date)) return failed("Please choose a date for your next delivery.")
  return run(
    () => changeSubscription(id, { nextDeliveryAt: date }),
    (s) => `Done.${nextDelivery(s)}`
  )
}

export async function cancelAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const reason = textField(formData, "reason", 40)
  if (!isCancelReason(reason)) return failed("Please tell us why you're cancelling; it helps us improve.")
  const comment = textField(formData, "comment", 500)
  return run(
    () => cancelSubscription(id, reason, comment || undefined),
    () => "Your subscription is cancelled. No more deliveries will be sent or charged. You can restart it here at any time."
  )
}

export async function undoSkipAction(id: string, _state: ActionState, _formData: FormData): Promise<ActionState> {
  return run(
    () => undoSkip(id),
    (s) => `Done: the skipped delivery is back on.${nextDelivery(s)}`
  )
}

export async function restartAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const date = textField(formData, "next_delivery_at", 10)
  if (date && !isIsoDay(date)) return failed("Please choose a valid date for your first delivery, or leave it empty.")
  return run(
    () => restartSubscription(id, date || undefined),
    (s) => `Welcome back: your subscription is active again.${nextDelivery(s)}`
  )
}

export async function acceptRetentionAction(id: string, _state: ActionState, _formData: FormData): Promise<ActionState> {
  return run(
    () => acceptRetentionDiscount(id),
    (s) =>
      `Done: ${s.nextPrice?.retentionDiscountPercent ?? s.retentionOfferPercent ?? ""}% off your next delivery, and your subscription continues.${nextDelivery(s)}`
  )
}

export async function changeAddressAction(id: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const choice = textField(formData, "address_id", 100)
  if (choice && choice !== "new") {
    return run(
      () => changeDeliveryAddress(id, { addressId: choice }),
      () => "Done: your next deliveries go to the address you chose."
    )
  }
  const parsed = parseAddressForm(formData)
  if (!parsed.ok) return failed(parsed.message)
  return run(
    () => changeDeliveryAddress(id, { address: parsed.address }),
    () => "Done: your next deliveries go to the new address."
  )
}

/**
 * The first step of a cancellation: with the reason given, what could suit the customer better (skip, pause,
 * a longer interval, the shop's one-time discount). Nothing is cancelled until they confirm.
 */
export async function reviewCancelAction(id: string, _state: CancelReviewState, formData: FormData): Promise<CancelReviewState> {
  if (textField(formData, "intent", 10) === "keep") return { ...IDLE, review: null }
  const reason = textField(formData, "reason", 40)
  if (!isCancelReason(reason)) return { ...failed("Please tell us why you're cancelling; it helps us improve."), review: null }
  const comment = textField(formData, "comment", 500)
  let subscription: Subscription
  try {
    subscription = await getSubscription(id)
  } catch (error) {
    return { ...failed(customerMessage(error, "We couldn't load your subscription. Please try again.")), review: null }
  }
  const product = subscription.product
    ? await orFallback(nullIfNotFound(getProductByHandle(subscription.product.handle)), null, "the product")
    : null
  const offered = product?.subscription.interval_days ?? []
  const alternatives = retentionAlternatives(reason, {
    interval_days: subscription.intervalDays,
    offered_interval_days: offered,
    can_skip: subscription.allowedActions.includes("skip"),
    can_pause: subscription.allowedActions.includes("pause"),
    retention_discount_percent: subscription.retentionOfferPercent ?? 0,
    retention_offer_used: subscription.retentionOfferPercent === null,
  })
  const review: CancelReview = {
    reason,
    comment,
    alternatives,
    longerIntervalDays: longerInterval(subscription.intervalDays, offered),
    discountPercent: subscription.retentionOfferPercent,
  }
  return { status: "idle", message: "", review }
}
