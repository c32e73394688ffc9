import Link from "next/link"
import { subscribeFromGuideAction } from "@/lib/actions/cart"
import { firstBuyableVariant, formatMoney, lowestPrice, type CatalogProduct } from "@/lib/catalog"
import type { GuideProductLink } from "@/lib/guides"
import { subscriptionMoney } from "@/lib/pricing"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { StockBadge } from "@/modules/products/components/stock-badge"

/**
 * Cards for the products a guide links to, with today's price (from the catalog, not the guide) and a
 * one-click subscription at the product's first delivery interval.
 */
export function GuideProducts({ links, products }: { links: GuideProductLink[]; products: CatalogProduct[] }) {
  const byId = new Map(products.map((p) => [p.id, p]))
  const cards = links.flatMap((link) => {
    const product = byId.get(link.id)
    return product ? [{ link, product }] : []
  })
  if (cards.length === 0) return null
  return (
    <section className="guide-products" aria-labelledby="guide-products-heading">
      <h2 id="guide-products-heading">Products mentioned in this guide</h2>
      <ul className="guide-products__list" role="list">
        {cards.map(({ link, product }) => (
          <li key={product.id}>
            <GuideProductCard product={product} isPrimary={link.isPrimary} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function GuideProductCard({ product, isPrimary }: { product: CatalogProduct; isPrimary: boolean }) {
  const from = lowestPrice(product.variants)
  const variant = firstBuyableVariant(product)
  const offer = product.subscription
  const interval = offer.interval_days[0]
  const subscribed = variant?.price ? subscriptionMoney(variant.price, offer.discount_percent) : null
  const headingId = `guide-product-${product.id}`
  return (
    <article className="guide-product" data-primary={isPrimary || undefined} aria-labelledby={headingId}>
      {product.thumbnail && <img className="guide-product__image" src={product.thumbnail} alt="" width={96} height={96} loading="lazy" />}
      <div className="guide-product__body">
        {isPrimary && <p className="guide-product__badge">Our pick for this topic</p>}
        <h3 id={headingId} className="guide-product__title">
          <Link href={`/products/${product.handle}`}>{product.title}</Link>
        </h3>
        <p className="guide-product__price">
          {from ? <>From {formatMoney(from)}</> : "Price unavailable"}
          {subscribed && variant && offer.discount_percent > 0 && (
            <>
              {" "}
              · {formatMoney(subscribed)} for {variant.title} with Subscribe &amp; save ({offer.discount_percent}% off)
            </>
          )}
        </p>
        {variant && interval ? (
          <ActionForm action={subscribeFromGuideAction} className="guide-product__form">
            <input type="hidden" name="variant_id" value={variant.id} />
            <input type="hidden" name="purchase" value="subscription" />
            <input type="hidden" name="interval_days" value={interval} />
            <input type="hidden" name="quantity" value="1" />
            <SubmitButton className="button button--small">
              Subscribe, every {interval} days<span className="visually-hidden"> to {product.title}</span>
            </SubmitButton>
          </ActionForm>
        ) : (
          <p>
            <StockBadge stock="out_of_stock" />
          </p>
        )}
        <p className="guide-product__more">
          <Link href={`/products/${product.handle}`}>
            Sizes, facts and other delivery intervals<span className="visually-hidden"> for {product.title}</span>
          </Link>
        </p>
      </div>
    </article>
  )
}
