import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { syncRegionPaymentProviders } from "../lib/payments/sync-region-payment-providers"

/**
 * `npm run payments:sync-regions -w @biome/backend`: after setting (or removing) STRIPE_API_KEY on a shop that
 * already has regions, gives each region the providers of the new payment mode. Running it again changes nothing.
 */
export default async function syncRegionPayments({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const mode = readEnv().PAYMENT_MODE
  const changes = await syncRegionPaymentProviders(container, mode)
  if (!changes.length) logger.info(`Every region already offers the ${mode} mode's payment providers.`)
  for (const change of changes) {
    logger.info(`${change.region}: payment providers ${change.from.join(", ") || "none"} → ${change.to.join(", ")}`)
  }
}
