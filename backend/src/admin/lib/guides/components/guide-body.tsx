import { prepareGuideBody, renderGuideBody, type PreparedGuideBody } from "@biome/shared"
import { Fragment, type ReactElement } from "react"
import { jsx, jsxs } from "react/jsx-runtime"
import type { LinkedProduct } from "../types"

// The storefront's guide typography, in the dashboard's Tailwind: the same elements, styled alike.
const BODY_CLASS = [
  "prose guide-body text-ui-fg-base flex flex-col gap-3 text-sm leading-6",
  "[&_h2]:text-xl [&_h2]:font-semibold [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold",
  "[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:border-ui-border-strong [&_blockquote]:border-l-4 [&_blockquote]:pl-3",
  "[&_a]:text-ui-fg-interactive [&_a]:underline [&_pre]:bg-ui-bg-subtle [&_pre]:rounded [&_pre]:p-3",
  "[&_code]:font-mono [&_code]:text-xs [&_table]:border-collapse [&_td]:border [&_td]:px-2 [&_th]:border [&_th]:px-2",
  "[&_sup.citation_a]:no-underline [&_a.claim-mark]:no-underline",
].join(" ")

/**
 * A product card as the preview shows it: the same element as the store's, with the product's picture and
 * name; prices and stock are the store's live ones, so the buttons here only show where they will be.
 */
function PreviewProductCard({ product }: { product: LinkedProduct }) {
  return (
    <aside
      className="inline-product border-ui-border-interactive bg-ui-bg-subtle my-2 flex gap-3 rounded-lg border-2 p-3"
      data-product-handle={product.handle}
    >
      {product.thumbnail && <img className="h-20 w-20 rounded object-cover" src={product.thumbnail} alt="" />}
      <div className="flex flex-col gap-1">
        <p className="font-semibold">{product.title}</p>
        <p className="text-ui-fg-subtle text-xs">Live price, subscribe-and-save price and stock from the store</p>
        <div className="flex gap-2">
          <button type="button" disabled className="bg-ui-button-inverted text-ui-fg-on-inverted rounded px-2 py-1 text-xs">
            Subscribe &amp; save
          </button>
          <button type="button" disabled className="border-ui-border-base rounded border px-2 py-1 text-xs">
            Add to cart
          </button>
        </div>
      </div>
    </aside>
  )
}

/** A card the store will not show (unknown or unlinked product): marked in the preview, left out in the store. */
function MissingProductCard({ handle }: { handle: string }) {
  return (
    <aside
      className="inline-product border-ui-border-error text-ui-fg-error my-2 rounded-lg border-2 border-dashed p-3 text-xs"
      data-product-handle={handle}
    >
      No linked product has the handle “{handle}”: this card will not show. Link the product or fix the handle.
    </aside>
  )
}

/** The guide body exactly as the store renders it (the same shared renderer), with this dashboard's React. */
export function GuideBody({ body, products }: { body: PreparedGuideBody; products: LinkedProduct[] }) {
  const byHandle = new Map(products.map((p) => [p.handle, p]))
  // biome-ignore lint/correctness/noComponentHookFactories: a stateless preview card bound to this guide's linked products; remounting it costs nothing
  const ProductCard = ({ handle }: { handle: string }) => {
    const product = byHandle.get(handle)
    return product ? <PreviewProductCard product={product} /> : <MissingProductCard handle={handle} />
  }
  return <div className={BODY_CLASS}>{renderGuideBody<ReactElement>(body.tree, { Fragment, jsx, jsxs }, { ProductCard })}</div>
}

export { prepareGuideBody }
