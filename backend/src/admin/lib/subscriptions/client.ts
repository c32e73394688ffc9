import type {
  AdminRenewalPolicyResponse,
  AdminSubscriptionActivityResponse,
  AdminSubscriptionListResponse,
  AdminSubscriptionRenewResponse,
  AdminSubscriptionResponse,
  AdminSubscriptionSummaryResponse,
  CancelReason,
  RenewalPolicy,
} from "@biome/shared"
import { sdk } from "../sdk"
import type { SubscriptionAddress, SubscriptionChange, SubscriptionFilters } from "./types"

type One = AdminSubscriptionResponse
const post = <T>(path: string, body: object = {}) => sdk.client.fetch<T>(path, { method: "POST", body })

/** Every call the subscription screens make, one per admin route. */
export const subscriptionsApi = {
  list: ({ status, ...filters }: SubscriptionFilters) =>
    sdk.client.fetch<AdminSubscriptionListResponse>("/admin/subscriptions", {
      method: "GET",
      query: { ...filters, ...(status?.length ? { status: status.join(",") } : {}) },
    }),
  summary: () => sdk.client.fetch<AdminSubscriptionSummaryResponse>("/admin/subscriptions/summary", { method: "GET" }),
  retrieve: (id: string) => sdk.client.fetch<One>(`/admin/subscriptions/${id}`, { method: "GET" }),
  activity: (id: string, page: { limit: number; offset: number }) =>
    sdk.client.fetch<AdminSubscriptionActivityResponse>(`/admin/subscriptions/${id}/activity`, { method: "GET", query: page }),
  change: (id: string, body: SubscriptionChange) => post<One>(`/admin/subscriptions/${id}`, body),
  changeAddress: (id: string, body: SubscriptionAddress) => post<One>(`/admin/subscriptions/${id}/address`, body),
  pause: (id: string, body: { until?: string | null; reason?: string }) => post<One>(`/admin/subscriptions/${id}/pause`, body),
  resume: (id: string) => post<One>(`/admin/subscriptions/${id}/resume`),
  cancel: (id: string, body: { reason: CancelReason; comment?: string }) => post<One>(`/admin/subscriptions/${id}/cancel`, body),
  renew: (id: string) => post<AdminSubscriptionRenewResponse>(`/admin/subscriptions/${id}/renew`),
  policy: () => sdk.client.fetch<AdminRenewalPolicyResponse>("/admin/subscriptions/settings", { method: "GET" }),
  savePolicy: (policy: Partial<RenewalPolicy>) => post<AdminRenewalPolicyResponse>("/admin/subscriptions/settings", policy),
}

export const productsApi = {
  list: () =>
    sdk.client.fetch<{ products: { id: string; title: string }[] }>("/admin/products", {
      method: "GET",
      query: { limit: 200, fields: "id,title", order: "title" },
    }),
}
