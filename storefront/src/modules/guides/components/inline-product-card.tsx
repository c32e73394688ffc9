import { countMarkedClaims } from "@biome/shared"
import Link from "next/link"
import { addFromGuideAction } from "@/lib/actions/cart"
import { firstBuyableVariant, formatMoney, lowestPrice, type CatalogProduct } from "@/lib/catalog"
import { subscriptionMoney } from "@/lib/pricing"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { StockBadge } from "@/modules/products/components/stock-badge"
import styles from "./inline-product-card.module.css"

/**
 * A product where a guide mentions it (`::product{handle="…"}`), or in the guide's side panel: image,
 * today's price, the subscribe-and-save price, stock, and two buttons that are plain forms, so they work
 * before and without JavaScript. The price comes from the catalog (tagged with the product), not the guide.
 */
export function InlineProductCard({
  product,
  kicker,
  idPrefix = "product-card",
}: {
  product: CatalogProduct
  kicker?: string
  idPrefix?: string
}) {
  const variant = firstBuyableVariant(product)
  const price = variant?.price ?? lowestPrice(product.variants)
  const offer = product.subscription
  const interval = offer.interval_days[0]
  const subscribed = price && offer.discount_percent > 0 ? subscriptionMoney(price, offer.discount_percent) : null
  const stock = variant?.stock ?? "out_of_stock"
  const headingId = `${idPrefix}-${product.handle}`
  // A subtitle making a marked claim would need the disclaimer counted for it; the card leaves it out.
  const subtitle = product.subtitle && countMarkedClaims(product.subtitle) === 0 ? product.subtitle : null
  return (
    <aside className={styles.card} data-product-handle={product.handle} aria-labelledby={headingId}>
      {product.thumbnail && <img className={styles.image} src={product.thumbnail} alt="" width={112} height={112} loading="lazy" />}
      <div className={styles.body}>
        {kicker && <p className={styles.kicker}>{kicker}</p>}
        <p id={headingId} className={styles.title}>
          <Link href={`/products/${product.handle}`}>{product.title}</Link>
        </p>
        {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        <p>
          {price ? formatMoney(price) : "Price unavailable"}
          {variant && <span className={styles.size}> · {variant.title}</span>} <StockBadge stock={stock} />
        </p>
        {subscribed && interval && (
          <p>
            <strong>{formatMoney(subscribed)}</strong> with Subscribe &amp; save ({offer.discount_percent}% off), delivered every {interval}{" "}
            days
          </p>
        )}
        {variant ? (
          <div className={styles.actions}>
            {interval && (
              <ActionForm action={addFromGuideAction} label={`Subscribe to ${product.title}`}>
                <input type="hidden" name="variant_id" value={variant.id} />
                <input type="hidden" name="purchase" value="subscription" />
                <input type="hidden" name="interval_days" value={interval} />
                <input type="hidden" name="quantity" value="1" />
                <SubmitButton className="button button--small">
                  Subscribe &amp; save
                  <span className="visually-hidden">
                    {" "}
                    on {product.title}, every {interval} days
                  </span>
                </SubmitButton>
              </ActionForm>
            )}
            <ActionForm action={addFromGuideAction} label={`Buy ${product.title} once`}>
              <input type="hidden" name="variant_id" value={variant.id} />
              <input type="hidden" name="purchase" value="one_time" />
              <input type="hidden" name="quantity" value="1" />
              <SubmitButton className="button button--small button--secondary">
                Add to cart<span className="visually-hidden"> {product.title}</span>
              </SubmitButton>
            </ActionForm>
          </div>
        ) : (
          <p>
            <Link href={`/products/${product.handle}`}>Ask to be told when it is back</Link>
          </p>
        )}
      </div>
    </aside>
  )
}
