import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"

export const linkRenewalOrderStepId = "link-renewal-order"

export interface LinkRenewalOrderStepInput {
  subscription_id: string
  order_id: string
}

/** Links a renewal order to its subscription unless a recovered earlier attempt already did. */
export const linkRenewalOrderStep = createStep(
  linkRenewalOrderStepId,
  async (input: LinkRenewalOrderStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "subscription", fields: ["orders.id"], filters: { id: input.subscription_id } })
    const linked = ((data[0] as { orders?: { id: string }[] })?.orders ?? []).some((o) => o?.id === input.order_id)
    if (linked) return new StepResponse(undefined, null)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({ [SUBSCRIPTION_MODULE]: { subscription_id: input.subscription_id }, [Modules.ORDER]: { order_id: input.order_id } })
    return new StepResponse(undefined, input)
  },
  async (created, { container }) => {
    if (!created) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss({
      [SUBSCRIPTION_MODULE]: { subscription_id: created.subscription_id },
      [Modules.ORDER]: { order_id: created.order_id },
    })
  }
)
