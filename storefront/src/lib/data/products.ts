import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { parseSubscriptionOffer, parseSupplementFacts } from "@biome/shared"
import { stockStateOf, type CatalogProduct, type CatalogVariant } from "@/lib/catalog"
import { cacheTags, CATALOG_REVALIDATE_SECONDS, HANDLE_PATTERN, medusa } from "./client"
import { NotFoundError, toBackendError } from "./errors"
import { getRegionForCountry } from "./regions"

/**
 * What the shop shows of a product, and nothing else: prices need the region, stock needs inventory_quantity,
 * facts and the subscription offer live in metadata. Named fields instead of Medusa's defaults, which add
 * options, tags, type and collection: a page of 24 products came to a third less data (147 → 102 KB), and
 * its cold render from about 110 to 85 ms (README: A big catalogue).
 */
export const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "metadata",
  "*categories",
  "*images",
  "*variants",
  "variants.calculated_price.*",
  "+variants.inventory_quantity",
].join(",")

// Medusa's own shapes. The reads stay on client.fetch, not sdk.store.product.list: only it passes Next's
// cache tags, which the admin's changes revalidate.
type StoreProduct = HttpTypes.StoreProduct
type StoreVariant = HttpTypes.StoreProductVariant
type ProductsResponse = HttpTypes.StoreProductListResponse

export interface ProductListFilter {
  categoryId?: string
  ids?: string[]
  /** One page of the list: every caller says how much it shows (a page of the shop, the home page's few). */
  limit: number
  offset?: number
}

/**
 * One page of published products with the default region's prices, A to Z (seeded products share a
 * created_at, so the backend's default order would reshuffle the grid between cache refreshes), and how many
 * there are in all, for paging and "See all N products". Narrowed to one category, or to a list of ids, when asked.
 */
export async function listProductPage(filter: ProductListFilter): Promise<{ products: CatalogProduct[]; count: number }> {
  if (filter.ids && filter.ids.length === 0) return { products: [], count: 0 }
  const region = await getRegionForCountry()
  let response: ProductsResponse
  try {
    response = await medusa().client.fetch<ProductsResponse>("/store/products", {
      query: {
        fields: PRODUCT_FIELDS,
        region_id: region.id,
        limit: filter.limit,
        offset: filter.offset ?? 0,
        order: "title",
        ...(filter.categoryId ? { category_id: [filter.categoryId] } : {}),
        ...(filter.ids ? { id: filter.ids } : {}),
      },
      next: { tags: [cacheTags.products], revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, "listing products", "Products")
  }
  return { products: response.products.map(toCatalogProduct), count: response.count ?? response.products.length }
}

/** One product by its URL handle; throws NotFoundError when no published product has it. */
export async function getProductByHandle(handle: string): Promise<CatalogProduct> {
  const resource = `Product "${handle}"`
  // A handle Medusa could never have generated cannot exist; spare the backend the round trip.
  if (!HANDLE_PATTERN.test(handle)) throw new NotFoundError(resource)

  const region = await getRegionForCountry()
  let response: ProductsResponse
  try {
    response = await medusa().client.fetch<ProductsResponse>("/store/products", {
      query: { handle, fields: PRODUCT_FIELDS, region_id: region.id, limit: 1 },
      next: { tags: [cacheTags.products, cacheTags.product(handle)], revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, `loading product "${handle}"`, resource)
  }
  const product = response.products.find((p) => p.handle === handle)
  if (!product) throw new NotFoundError(resource)
  return toCatalogProduct(product)
}

/**
 * Published products by handle, for a guide's product cards. Tagged with each product's own tag, so a
 * card's price and stock refresh whenever that product (or its prices and stock) changes.
 */
export async function listProductsByHandle(handles: readonly string[]): Promise<CatalogProduct[]> {
  const wanted = [...new Set(handles)].filter((handle) => HANDLE_PATTERN.test(handle)).sort()
  if (wanted.length === 0) return []
  const region = await getRegionForCountry()
  let response: ProductsResponse
  try {
    response = await medusa().client.fetch<ProductsResponse>("/store/products", {
      query: { handle: wanted, fields: PRODUCT_FIELDS, region_id: region.id, limit: wanted.length },
      next: { tags: [cacheTags.products, ...wanted.map(cacheTags.product)], revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, `loading products ${wanted.join(", ")}`, "Products")
  }
  return response.products.map(toCatalogProduct)
}

function toCatalogProduct(product: StoreProduct): CatalogProduct {
  const images = (product.images ?? []).flatMap((image) => (image.url ? [image.url] : []))
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle || null,
    description: product.description || null,
    thumbnail: product.thumbnail || images[0] || null,
    images,
    categories: (product.categories ?? []).flatMap((c) => (c.handle && c.name ? [{ handle: c.handle, name: c.name }] : [])),
    variants: [...(product.variants ?? [])].sort(bySizeOrder).map(toCatalogVariant),
    facts: parseSupplementFacts(product.metadata?.supplement_facts),
    subscription: parseSubscriptionOffer(product.metadata?.subscription),
  }
}

const sizeCollator = new Intl.Collator("en", { numeric: true })

// Admins can rank variants; seeded ones all share rank 0 and a created_at, so "30 capsules" before "60 capsules".
function bySizeOrder(a: StoreVariant, b: StoreVariant): number {
  const rank = (a.variant_rank ?? Number.MAX_SAFE_INTEGER) - (b.variant_rank ?? Number.MAX_SAFE_INTEGER)
  return rank !== 0 ? rank : sizeCollator.compare(a.title ?? "", b.title ?? "")
}

function toCatalogVariant(variant: StoreVariant): CatalogVariant {
  const price = variant.calculated_price
  return {
    id: variant.id,
    title: variant.title || "Default",
    sku: variant.sku ?? null,
    price:
      typeof price?.calculated_amount === "number" && price.currency_code
        ? { amount: price.calculated_amount, currencyCode: price.currency_code }
        : null,
    stock: stockStateOf({
      // Medusa's default is to manage inventory; only an explicit false opts out.
      manageInventory: variant.manage_inventory !== false,
      allowBackorder: variant.allow_backorder === true,
      inventoryQuantity: typeof variant.inventory_quantity === "number" ? variant.inventory_quantity : null,
    }),
  }
}
