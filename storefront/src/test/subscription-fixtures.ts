/** A subscription as GET /store/customers/me/subscriptions returns it: active, every 60 days, 15% off. */
export function portalSubscription(overrides: Record<string, unknown> = {}) {
  return {
    id: "sub_1",
    status: "active",
    allowed_actions: ["skip", "pause", "cancel", "change"],
    product: { id: "prod_daily", title: "Daily Balance Probiotic", handle: "daily-balance-probiotic", thumbnail: null },
    variant: { id: "variant_30", title: "30 capsules", sku: "DAILY-30" },
    quantity: 1,
    interval_days: 60,
    discount_percent: 15,
    currency_code: "usd",
    next_delivery_at: "2026-03-01T09:00:00.000Z",
    next_price: { currency_code: "usd", unit_price: 25.49, regular_unit_price: 29.99, total: 25.49, savings_per_delivery: 4.5 },
    paused_until: null,
    cancelled_at: null,
    cancel_reason: null,
    failed_attempts: 0,
    next_retry_at: null,
    last_failure_reason: null,
    orders: [{ id: "order_1", display_id: 7, created_at: "2026-01-01T09:00:00.000Z", total: 30.44, status: "pending" }],
    ...overrides,
  }
}

/** A one-time product added to the next delivery, as the portal's response lists it: 2 × $39.99. */
export function addedItem(overrides: Record<string, unknown> = {}) {
  return {
    variant_id: "variant_gut_30",
    quantity: 2,
    product: { id: "prod_gut", title: "Gut Restore 50", handle: "gut-restore-50", thumbnail: null },
    variant_title: "30 capsules",
    unit_price: 39.99,
    total: 79.98,
    ...overrides,
  }
}
