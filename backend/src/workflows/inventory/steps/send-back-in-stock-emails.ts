import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendEmails } from "@/emails"
import { backInStock } from "@/emails/templates/inventory"
import type { ClaimedBackInStockRequest } from "@/modules/inventory-alert/types"
import { storefrontUrl } from "@/lib/storefront-url"
import type { VariantLabel } from "@/emails/templates/inventory"

export const sendBackInStockEmailsStepId = "send-back-in-stock-emails"

export interface SendBackInStockEmailsStepInput {
  requests: ClaimedBackInStockRequest[]
  variants: VariantLabel[]
}

/** Tells each claimed requester their variant is back; last in its workflow, since a sent email cannot be recalled. */
export const sendBackInStockEmailsStep = createStep(
  sendBackInStockEmailsStepId,
  async (input: SendBackInStockEmailsStepInput, { container }) => {
    if (!input.requests.length) return new StepResponse(undefined)
    const variants = new Map(input.variants.map((v) => [v.variant_id, v]))
    await sendEmails(
      container,
      input.requests.map((request) => {
        const variant = variants.get(request.variant_id)!
        return {
          to: request.email,
          template: "back-in-stock",
          idempotency_key: `back-in-stock:${request.id}`,
          data: { back_in_stock_request_id: request.id, ...variant },
          document: backInStock(variant, variant.product_handle ? storefrontUrl(`/products/${variant.product_handle}`) : null),
          resource_id: request.id,
          resource_type: "back_in_stock_request",
        }
      })
    )
    return new StepResponse(undefined)
  }
)
