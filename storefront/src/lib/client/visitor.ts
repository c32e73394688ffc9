"use client"

import type { UpcomingDelivery } from "@/lib/subscriptions"

/**
 * Fired after any form's Server Action answers (adding to the cart, logging in…), so the browser reads the
 * visitor's bits again: the page around them is cached and does not change with the action.
 */
export const VISITOR_CHANGED_EVENT = "biome:visitor-changed"

/** What /api/visitor tells this browser about itself; never part of a cached page. */
export interface VisitorInfo {
  cartCount: number
  email?: string | null
  /** The logged-in customer's upcoming subscription deliveries, when asked for. */
  deliveries?: UpcomingDelivery[]
}

/** Asks the storefront for this visitor's own bits; a failure only means the page shows none of them. */
export async function fetchVisitor(options: { email?: boolean; deliveries?: boolean } = {}): Promise<VisitorInfo | null> {
  const query = new URLSearchParams({ ...(options.email ? { email: "1" } : {}), ...(options.deliveries ? { deliveries: "1" } : {}) })
  try {
    const response = await fetch(query.toString() ? `/api/visitor?${query}` : "/api/visitor", {
      cache: "no-store",
      credentials: "same-origin",
    })
    if (!response.ok) return null
    return (await response.json()) as VisitorInfo
  } catch {
    return null
  }
}
