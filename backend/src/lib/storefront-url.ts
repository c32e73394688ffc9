import { readEnv } from "../config/env"

/** A page of the storefront, e.g. storefrontUrl("/account/subscriptions"), for links in emails. */
export function storefrontUrl(path: string): string {
  return `${readEnv().STOREFRONT_URL.replace(/\/$/, "")}${path}`
}
