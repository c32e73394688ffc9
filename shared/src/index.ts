export * from "./supplement-facts"
export * from "./disclaimer"
export * from "./claims"
export * from "./subscriptions"
