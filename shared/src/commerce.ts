// The commerce half of @biome/shared (`@biome/shared/commerce`): subscriptions, inventory, payments, addresses,
// routes and cache tags, with no dependencies. Browser bundles import this entry, never the package root, whose
// Markdown pipeline and claims check would add about 50 KB gzipped to every page that loads them.
export * from "./supplement-facts"
export * from "./subscriptions"
export * from "./inventory"
export * from "./cache-tags"
export * from "./payments"
export * from "./addresses/us-states"
export * from "./return-path"
export * from "./store-routes"
