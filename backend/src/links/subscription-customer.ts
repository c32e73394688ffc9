import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import SubscriptionModule from "../modules/subscription"

/** subscription.customer through the customer_id column; no link table to keep in step. */
export default defineLink({ linkable: SubscriptionModule.linkable.subscription, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})
