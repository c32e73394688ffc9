import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SubscriptionModule from "../modules/subscription"

/** subscription.variant through the variant_id column, which changes when a customer swaps variants. */
export default defineLink(
  { linkable: SubscriptionModule.linkable.subscription, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
