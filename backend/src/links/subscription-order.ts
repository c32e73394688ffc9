import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SubscriptionModule from "../modules/subscription"

/** The first order placed at checkout and every renewal order of a subscription. */
export default defineLink(SubscriptionModule.linkable.subscription, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
