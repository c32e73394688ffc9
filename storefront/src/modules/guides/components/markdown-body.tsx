import { renderGuideBody, type PreparedGuideBody } from "@biome/shared"
import { Fragment, type ReactElement } from "react"
import { jsx, jsxs } from "react/jsx-runtime"
import type { CatalogProduct } from "@/lib/catalog"
import { InlineProductCard } from "./inline-product-card"
import styles from "./markdown-body.module.css"

/**
 * A guide's body as customers read it, rendered by the shop's one Markdown renderer (@biome/shared) with
 * this app's React; the admin preview renders the same tree with its own. Product cards show where the
 * writer put them, for products the guide is linked to and the store sells; any other card is left out.
 */
export function MarkdownBody({ body, products }: { body: PreparedGuideBody; products: ReadonlyMap<string, CatalogProduct> }) {
  // biome-ignore lint/correctness/noComponentHookFactories: a stateless card bound to this guide's products, rendered once on the server
  const ProductCard = ({ handle }: { handle: string }) => {
    const product = products.get(handle)
    return product ? <InlineProductCard product={product} /> : null
  }
  return (
    <div className={styles.body} data-testid="guide-body">
      {renderGuideBody<ReactElement>(body.tree, { Fragment, jsx, jsxs }, { ProductCard })}
    </div>
  )
}
