import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { deliveryAddressProblem, pickAddress, type DeliveryAddress } from "@/lib/subscriptions/delivery-address"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed } from "@/lib/subscriptions/subscription-rules"

export const changeDeliveryAddressStepId = "change-subscription-delivery-address"

export type ChangeDeliveryAddressStepInput = {
  subscription: SubscriptionDTO
  /** One of the customer's saved addresses… */
  address_id?: string
  /** …or a new one. */
  address?: DeliveryAddress
}

/**
 * Sets where the subscription's renewals go: a saved address of the same customer (another customer's is not
 * found) or a new one, checked against the countries of the subscription's region. Compensation restores it.
 */
export const changeDeliveryAddressStep = createStep(
  changeDeliveryAddressStepId,
  async ({ subscription, address_id, address }: ChangeDeliveryAddressStepInput, { container }) => {
    assertActionAllowed(subscription.status, "change")
    let chosen: DeliveryAddress | null = address ? pickAddress(address as Record<string, unknown>) : null
    if (address_id) {
      const customers = container.resolve(Modules.CUSTOMER)
      const [saved] = await customers.listCustomerAddresses({ id: address_id, customer_id: subscription.customer_id }, { take: 1 })
      if (!saved) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Address with id ${address_id} was not found`)
      chosen = pickAddress(saved as unknown as Record<string, unknown>)
    }
    if (!chosen) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give an address_id or an address")
    if (chosen.country_code) chosen.country_code = chosen.country_code.toLowerCase()
    if (chosen.country_code === "us" && chosen.province) chosen.province = chosen.province.trim().toUpperCase()
    const problem = deliveryAddressProblem(chosen, await regionCountries(container, subscription.region_id))
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      delivery_address: chosen as Record<string, unknown>,
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)

async function regionCountries(container: MedusaContainer, regionId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["countries.iso_2"], filters: { id: regionId } })
  return ((data[0]?.countries ?? []) as { iso_2: string }[]).map((c) => c.iso_2.toLowerCase())
}
