import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { paymentProvidersFor, type PaymentMode } from "@biome/shared"

type RegionProviders = { id: string; name: string; payment_providers?: ({ id: string } | null)[] | null }

export interface RegionPaymentChange {
  region: string
  from: string[]
  to: string[]
}

/**
 * Gives every region exactly the payment providers of the shop's mode: Stripe alone once Stripe is set up,
 * the system provider alone in a demo store. Idempotent: regions already right are left alone, so it runs on
 * every start (the seed calls it) and by hand (`npm run payments:sync-regions`).
 */
export async function syncRegionPaymentProviders(container: MedusaContainer, mode: PaymentMode): Promise<RegionPaymentChange[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name", "payment_providers.id"] })
  const wanted = paymentProvidersFor(mode)
  const changes: RegionPaymentChange[] = []
  for (const region of regions as RegionProviders[]) {
    const current = (region.payment_providers ?? []).flatMap((p) => (p ? [p.id] : [])).sort()
    if (current.join(",") === [...wanted].sort().join(",")) continue
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: wanted } },
    })
    changes.push({ region: region.name, from: current, to: wanted })
  }
  return changes
}
