import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderAccessLink, ORDER_LINK_HOURS } from "@/lib/order-access"
import type { StoreOrderLookupType } from "./validators"

/** Plain and short: the link proves the reader owns the address the order was placed with. */
function lookupEmail(orderNumber: number, link: string) {
  return {
    subject: `Your Biome & Bloom order #${orderNumber}`,
    text: [
      `You asked to see order #${orderNumber}. Open it here within ${ORDER_LINK_HOURS} hours: ${link}`,
      "If you did not ask, ignore this email: nobody can see the order without this link.",
    ].join("\n\n"),
  }
}

/**
 * POST /store/order-lookups: a guest finds an order by its email and number. The answer is the same 202
 * whether or not they match, so it tells a stranger nothing; a match emails a signed link to that address.
 */
export const POST = async (req: MedusaStoreRequest<StoreOrderLookupType>, res: MedusaResponse) => {
  const email = req.validatedBody.email.toLowerCase()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "email", "display_id"],
    filters: { display_id: String(req.validatedBody.order_number) },
  })
  const order = orders.find((o) => o.email?.toLowerCase() === email)
  if (order) {
    try {
      await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
        to: order.email!,
        channel: "email",
        template: "order-lookup",
        data: { order_id: order.id, order_url: orderAccessLink(order.id) },
        content: lookupEmail(req.validatedBody.order_number, orderAccessLink(order.id)),
        resource_id: order.id,
        resource_type: "order",
      })
    } catch (error) {
      // Same answer either way; asking again sends the link again.
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Order lookup email failed: ${(error as Error).message}`)
    }
  }
  res.status(202).json({ message: "If an order matches, we have emailed a link to it to the address it was placed with." })
}
