import { sdk } from "../sdk"
import type {
  ClaimsCheck,
  Guide,
  GuideAuthor,
  GuideCompliance,
  GuideDraft,
  GuideListItem,
  GuideStatus,
  LinkedProduct,
  ProductGuide,
} from "./types"

const get = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { method: "GET", query })
const post = <T>(path: string, body: object) => sdk.client.fetch<T>(path, { method: "POST", body })

export const guidesApi = {
  list: (query: { q?: string; status?: GuideStatus; limit?: number; offset?: number } = {}) =>
    get<{ guides: GuideListItem[]; count: number }>("/admin/guides", { limit: 50, ...query }),
  retrieve: (id: string) => get<{ guide: Guide }>(`/admin/guides/${id}`),
  create: (draft: GuideDraft) => post<{ guide: Guide }>("/admin/guides", draft),
  update: (id: string, draft: Partial<GuideDraft>) => post<{ guide: Guide }>(`/admin/guides/${id}`, draft),
  remove: (id: string) => sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/guides/${id}`, { method: "DELETE" }),
  publish: (id: string) => post<{ guide: Guide }>(`/admin/guides/${id}/publish`, {}),
  unpublish: (id: string) => post<{ guide: Guide }>(`/admin/guides/${id}/unpublish`, {}),
  linkProducts: (id: string, change: { add?: { product_id: string; is_primary?: boolean }[]; remove?: string[] }) =>
    post<{ guide_id: string; products: LinkedProduct[] }>(`/admin/guides/${id}/products`, change),
}

export const authorsApi = {
  /** The first hundred by name when no page is given: every author, for the editor's pickers. */
  list: (page: { limit: number; offset: number } = { limit: 100, offset: 0 }) =>
    get<{ guide_authors: GuideAuthor[]; count: number }>("/admin/guide-authors", page),
  create: (author: Omit<GuideAuthor, "id">) => post<{ guide_author: GuideAuthor }>("/admin/guide-authors", author),
  update: (id: string, author: Partial<Omit<GuideAuthor, "id">>) =>
    post<{ guide_author: GuideAuthor }>(`/admin/guide-authors/${id}`, author),
  remove: (id: string) => sdk.client.fetch<{ id: string }>(`/admin/guide-authors/${id}`, { method: "DELETE" }),
}

export const claimsApi = {
  check: (text: string, kind: "product" | "guide") => post<ClaimsCheck>("/admin/claims/check", { text, kind }),
  checkGuide: (body: string, citations: { title?: string }[], guideId?: string) =>
    post<GuideCompliance>("/admin/claims/check-guide", {
      body,
      citations: citations.map((c) => ({ title: c.title })),
      ...(guideId ? { guide_id: guideId } : {}),
    }),
}

export const productGuidesApi = {
  list: (productId: string) => get<{ guides: ProductGuide[] }>(`/admin/products/${productId}/guides`),
  replace: (productId: string, guides: { guide_id: string; is_primary: boolean }[]) =>
    post<{ guides: ProductGuide[] }>(`/admin/products/${productId}/guides`, { guides }),
}

export const productsApi = {
  search: (q: string) =>
    get<{ products: { id: string; title: string; handle: string }[] }>("/admin/products", { q, limit: 20, fields: "id,title,handle" }),
}
