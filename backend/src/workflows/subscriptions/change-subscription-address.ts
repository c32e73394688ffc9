import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SUBSCRIPTION_MODULE } from "../../modules/subscription"
import type SubscriptionModuleService from "../../modules/subscription/service"
import type { SubscriptionDTO } from "../../modules/subscription/types"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { assertActionAllowed, SubscriptionEvents, subscriptionLockKey, type SubscriptionActionInput } from "./subscription-rules"

export type SubscriptionAddress = Record<string, string | undefined> & { country_code: string }

export interface ChangeSubscriptionAddressInput extends SubscriptionActionInput {
  address: SubscriptionAddress
}

/** Saves the address future deliveries go to, if the subscription's region ships there; compensation puts the old one back. */
const saveSubscriptionAddressStep = createStep(
  "save-subscription-address",
  async ({ subscription, address }: { subscription: SubscriptionDTO; address: SubscriptionAddress }, { container }) => {
    assertActionAllowed(subscription.status, "change")
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "region", fields: ["countries.iso_2"], filters: { id: subscription.region_id } })
    const countries = ((data[0] as { countries?: { iso_2: string }[] } | undefined)?.countries ?? []).map((c) => c.iso_2)
    if (!countries.includes(address.country_code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This subscription's region ships to ${countries.map((c) => c.toUpperCase()).join(", ") || "no country"}, not ${address.country_code.toUpperCase()}`
      )
    }
    const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    const previous = { id: subscription.id, shipping_address: subscription.shipping_address ?? null }
    const clean = Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined && v !== ""))
    const saved = await service.updateSubscriptions({ id: subscription.id, shipping_address: clean })
    return new StepResponse(saved as unknown as SubscriptionDTO, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE).updateSubscriptions(previous as never)
  }
)

/** Changes where a subscription's future deliveries go, e.g. an admin acting on the customer's behalf. */
export const changeSubscriptionAddressWorkflow = createWorkflow(
  "change-subscription-address",
  (input: ChangeSubscriptionAddressInput) => {
    const lockKey = transform({ input }, ({ input }) => subscriptionLockKey(input.subscription_id))
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const current = loadSubscriptionStep(input)
    const subscription = saveSubscriptionAddressStep(transform({ input, current }, ({ input, current }) => ({ subscription: current, address: input.address })))
    releaseLockStep({ key: lockKey })
    const data = transform({ subscription }, ({ subscription }) => ({
      id: subscription.id,
      customer_id: subscription.customer_id,
      changed: ["shipping_address"],
    }))
    emitEventStep({ eventName: SubscriptionEvents.UPDATED, data })
    return new WorkflowResponse(subscription)
  }
)
