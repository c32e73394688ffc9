import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { CatalogCategoryDetail } from "@/lib/catalog"
import { cacheTags, CATALOG_REVALIDATE_SECONDS, HANDLE_PATTERN, medusa } from "./client"
import { NotFoundError, toBackendError } from "./errors"

const CATEGORY_FIELDS = "id,handle,name,description,rank"

// Categories change with the catalog, so a "products" revalidation refreshes them too.
const tagsFor = (handle?: string) =>
  handle ? [cacheTags.products, cacheTags.categories, cacheTags.category(handle)] : [cacheTags.products, cacheTags.categories]

/** The shop's categories in the admin's order, for the catalog's navigation and the sitemap. */
export async function listCategories(): Promise<CatalogCategoryDetail[]> {
  let response: HttpTypes.StoreProductCategoryListResponse
  try {
    // Not sdk.store.*: those cannot pass Next's cache tags, which the admin's changes revalidate.
    response = await medusa().client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
      query: { fields: CATEGORY_FIELDS, limit: 100, order: "rank" },
      next: { tags: tagsFor(), revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, "listing categories", "Categories")
  }
  return response.product_categories.map(toCategory)
}

/** One category by its URL handle; NotFoundError when there is none. */
export async function getCategoryByHandle(handle: string): Promise<CatalogCategoryDetail> {
  const resource = `Category "${handle}"`
  if (!HANDLE_PATTERN.test(handle)) throw new NotFoundError(resource)
  let response: HttpTypes.StoreProductCategoryListResponse
  try {
    // Not sdk.store.*: those cannot pass Next's cache tags, which the admin's changes revalidate.
    response = await medusa().client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
      query: { handle, fields: CATEGORY_FIELDS, limit: 1 },
      next: { tags: tagsFor(handle), revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, `loading category "${handle}"`, resource)
  }
  const category = response.product_categories.find((c) => c.handle === handle)
  if (!category) throw new NotFoundError(resource)
  return toCategory(category)
}

function toCategory(category: HttpTypes.StoreProductCategory): CatalogCategoryDetail {
  return {
    id: category.id,
    handle: category.handle,
    name: category.name,
    description: category.description || null,
  }
}
