import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SubscriptionModule from "../modules/subscription"

/**
 * Orders of a subscription: the checkout order and every renewal. Many-to-many, because one checkout order can
 * start several subscriptions (one per subscribed line).
 */
export default defineLink(
  { linkable: SubscriptionModule.linkable.subscription, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
