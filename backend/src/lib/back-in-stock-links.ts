import type { MedusaContainer } from "@medusajs/framework/types"
import { DAY_MS } from "@biome/shared"
import { readEnv } from "../config/env"
import { sendEmail } from "../emails"
import { backInStockConfirmation, type VariantLabel } from "../emails/templates/inventory"
import { readRotatedToken, signToken } from "./signed-token"
import { storefrontUrl } from "./storefront-url"

/**
 * A guest's "notify me" is kept only once the address's owner confirms it (double opt-in, as the newsletter):
 * the confirmation link carries the variant and address, signed with the secret of the shop's email links
 * (NEWSLETTER_SECRET, previous ones still accepted), so nothing is stored for an unconfirmed address.
 */
export const BACK_IN_STOCK_LINK_DAYS = 7

interface Payload {
  v: string
  e: string
  x: number
}

export function backInStockToken(secret: string, variantId: string, email: string, now = new Date()): string {
  const payload: Payload = { v: variantId, e: email, x: now.getTime() + BACK_IN_STOCK_LINK_DAYS * DAY_MS }
  return signToken("back-in-stock", secret, payload)
}

export type BackInStockTokenCheck = { ok: true; variant_id: string; email: string } | { ok: false; reason: "invalid" | "expired" }

/** What a confirmation token asks for, checked against the current secret and the ones it replaced. */
export function readBackInStockToken(token: string, now = new Date()): BackInStockTokenCheck {
  const env = readEnv()
  const check = readRotatedToken("back-in-stock", [env.NEWSLETTER_SECRET, ...env.NEWSLETTER_PREVIOUS_SECRETS], token, now, (p) =>
    typeof p.v === "string" && typeof p.e === "string" ? { variant_id: p.v, email: p.e } : null
  )
  return check.ok ? { ok: true, ...check.value } : check
}

/** Emails the guest the link that confirms their request. The notification record holds ids only, never the link. */
export async function sendBackInStockConfirmation(container: MedusaContainer, variant: VariantLabel, email: string) {
  const url = `${storefrontUrl("/back-in-stock/confirm")}?token=${backInStockToken(readEnv().NEWSLETTER_SECRET, variant.variant_id, email)}`
  await sendEmail(container, {
    to: email,
    template: "back-in-stock-confirmation",
    document: backInStockConfirmation(variant, url, BACK_IN_STOCK_LINK_DAYS),
    data: { variant_id: variant.variant_id, product_title: variant.product_title, variant_title: variant.variant_title },
  })
}
