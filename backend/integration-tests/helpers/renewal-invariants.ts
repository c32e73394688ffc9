import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDays } from "@biome/shared"
import { subscriptionService } from "./subscriptions"

export interface RenewalExpectation {
  subscription_id: string
  /** The subscription's next delivery before any renewal ran. */
  first_due: Date | string
  /** How many periods should be renewed by now. */
  periods: number
}

type LiveOrder = {
  id: string
  status: string
  metadata: Record<string, unknown> | null
  items: { id: string; quantity: number }[]
  payment_collections: { status: string; payments: { id: string; canceled_at: string | null }[] }[]
}

/**
 * What exactly-once renewal means, checked from the database whatever faults came before: per subscription
 * and period one succeeded renewal with one live order, that order with one authorised payment and its stock
 * reserved once; every order a failed attempt left is cancelled with nothing reserved; the next delivery moved
 * one interval per period. Returns a list of violations (empty when all holds), so a test shows all of them.
 */
export async function renewalInvariantViolations(container: MedusaContainer, expectations: RenewalExpectation[]): Promise<string[]> {
  const problems: string[] = []
  const service = subscriptionService(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const inventory = container.resolve(Modules.INVENTORY)
  const ids = expectations.map((e) => e.subscription_id)

  const subs = new Map((await service.listSubscriptions({ id: ids }, { take: ids.length })).map((s) => [s.id, s]))
  const renewals = await service.listSubscriptionRenewals({ subscription_id: ids }, { take: 100_000 })
  const orderRows: { id: string; subscription_id: string }[] = await pg("order")
    .select("id", pg.raw("metadata->>'subscription_id' as subscription_id"))
    .whereNull("deleted_at")
    .whereRaw("metadata->>'subscription_id' = any(?)", [ids])
  const orders = new Map<string, LiveOrder>()
  for (let i = 0; i < orderRows.length; i += 200) {
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "metadata",
        "items.*",
        "payment_collections.status",
        "payment_collections.payments.id",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: orderRows.slice(i, i + 200).map((r) => r.id) },
    })
    for (const o of data as LiveOrder[]) orders.set(o.id, o)
  }
  const itemIds = [...orders.values()].flatMap((o) => o.items.map((i) => i.id))
  const reservations = itemIds.length ? await inventory.listReservationItems({ line_item_id: itemIds }, { take: 100_000 }) : []
  const reservedByItem = new Map<string, number>()
  for (const r of reservations) reservedByItem.set(r.line_item_id!, (reservedByItem.get(r.line_item_id!) ?? 0) + Number(r.quantity))

  for (const exp of expectations) {
    const sub = subs.get(exp.subscription_id)
    if (!sub) {
      problems.push(`${exp.subscription_id}: missing`)
      continue
    }
    const mine = renewals.filter((r) => r.subscription_id === sub.id)
    const succeeded = mine.filter((r) => r.status === "succeeded")
    const periods = new Set(succeeded.map((r) => r.period_key))
    if (succeeded.length !== exp.periods || periods.size !== exp.periods) {
      problems.push(`${sub.id}: ${succeeded.length} succeeded renewals over ${periods.size} periods, expected ${exp.periods}`)
    }
    if (mine.some((r) => r.status === "processing")) problems.push(`${sub.id}: an attempt is still processing`)

    const theirOrders = orderRows.filter((r) => r.subscription_id === sub.id).map((r) => orders.get(r.id)!)
    const live = theirOrders.filter((o) => o.status !== "canceled")
    if (live.length !== exp.periods) problems.push(`${sub.id}: ${live.length} live renewal orders, expected ${exp.periods}`)
    const recorded = new Set(succeeded.map((r) => r.order_id))
    for (const o of live) {
      if (!recorded.has(o.id)) problems.push(`${sub.id}: order ${o.id} is live but no renewal records it`)
      const payments = o.payment_collections.flatMap((c) => c.payments).filter((p) => !p.canceled_at)
      const authorised = o.payment_collections.filter((c) => c.status === "authorized")
      if (authorised.length !== 1 || payments.length !== 1) {
        problems.push(`${sub.id}: order ${o.id} has ${authorised.length} authorised collections and ${payments.length} payments`)
      }
      for (const item of o.items) {
        const reserved = reservedByItem.get(item.id) ?? 0
        if (reserved !== Number(item.quantity)) problems.push(`${sub.id}: order ${o.id} line reserves ${reserved} of ${item.quantity}`)
      }
    }
    for (const o of theirOrders.filter((o) => o.status === "canceled")) {
      const held = o.items.reduce((n, i) => n + (reservedByItem.get(i.id) ?? 0), 0)
      if (held) problems.push(`${sub.id}: cancelled order ${o.id} still holds ${held} units`)
    }
    const expectedNext = addDays(new Date(exp.first_due), exp.periods * sub.interval_days).toISOString()
    if (new Date(sub.next_delivery_at).toISOString() !== expectedNext) {
      problems.push(`${sub.id}: next delivery ${new Date(sub.next_delivery_at).toISOString()}, expected ${expectedNext}`)
    }
  }
  return problems
}
