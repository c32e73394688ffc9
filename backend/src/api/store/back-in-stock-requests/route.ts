import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { VariantLabel } from "@/emails/templates/inventory"
import { sendBackInStockConfirmation } from "@/lib/back-in-stock-links"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"
import { requestBackInStockWorkflow } from "@/workflows/inventory/request-back-in-stock"
import { assertStockTrackedVariant } from "@/workflows/inventory/steps/assert-stock-tracked-variant"
import type { StoreRequestBackInStockType } from "./validators"

export const BACK_IN_STOCK_ANSWER = "Thank you. We will email this address once when the size is back in stock."
export const BACK_IN_STOCK_GUEST_ANSWER =
  "Thank you. Unless this address is already on the list for this size, we have emailed a link to confirm it; once confirmed, we will write once when the size is back in stock."

/** Only a published product sold in the sales channel of the request's publishable key can be asked for. */
export async function variantOnSaleHere(
  req: MedusaRequest & { publishable_key_context?: { sales_channel_ids: string[] } },
  variantId: string
): Promise<VariantLabel> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product.title", "product.handle", "product.status", "product.sales_channels.id"],
    filters: { id: variantId },
  })
  const channels = new Set(req.publishable_key_context?.sales_channel_ids ?? [])
  const onSale = variant?.product?.status === "published" && (variant.product.sales_channels ?? []).some((c) => c && channels.has(c.id))
  if (!onSale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} was not found`)
  await assertStockTrackedVariant(req.scope, variantId)
  return {
    variant_id: variant.id,
    product_title: variant.product!.title,
    variant_title: variant.title ?? "",
    sku: variant.sku ?? null,
    product_handle: variant.product!.handle ?? null,
  }
}

/**
 * POST /store/back-in-stock-requests: "notify me" on a sold-out size of a product on sale here. A logged-in
 * customer is notified at their own account's address, whatever the form said, from now on. A guest's address
 * is emailed a confirmation link first (double opt-in) and nothing is kept until its owner confirms; the
 * answer is the same 202 whether the address is new or already waiting, so it tells nobody who asked.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRequestBackInStockType>, res: MedusaResponse) => {
  const variant = await variantOnSaleHere(req, req.validatedBody.variant_id)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (customerId) {
    const { email } = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
    await requestBackInStockWorkflow(req.scope).run({ input: { variant_id: variant.variant_id, email, customer_id: customerId } })
    res.status(202).json({ message: BACK_IN_STOCK_ANSWER })
    return
  }
  const email = req.validatedBody.email.trim().toLowerCase()
  const alerts = req.scope.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
  if (!(await alerts.findWaitingRequest(variant.variant_id, email))) {
    try {
      await sendBackInStockConfirmation(req.scope, variant, email)
    } catch (error) {
      // Asking again later sends the email again; the answer stays the same.
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Back-in-stock confirmation email failed: ${(error as Error).message}`)
    }
  }
  res.status(202).json({ message: BACK_IN_STOCK_GUEST_ANSWER })
}
