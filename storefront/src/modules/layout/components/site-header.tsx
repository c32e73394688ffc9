import Link from "next/link"
import { SHOP_NAME } from "@/lib/shop"
import { CartCount } from "./cart-count"
import styles from "./site-header.module.css"

export { SHOP_NAME }

/**
 * The shop's header: home, the main sections, the account, and the cart with its item count. The same for every
 * visitor (the count is filled in by the browser), so the pages around it can be cached.
 */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.brand} aria-label={`${SHOP_NAME}, home`}>
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <circle cx="16" cy="16" r="15" fill="currentColor" opacity="0.15" />
            <path d="M16 25c0-7 2-12 8-15-1 7-3 11-8 15Zm0 0c0-6-2-10-7-12 0 6 2 10 7 12Z" fill="currentColor" />
          </svg>
          <span>{SHOP_NAME}</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul role="list">
            <li>
              <Link href="/store">Shop</Link>
            </li>
            <li>
              <Link href="/guides">Guides</Link>
            </li>
            {/* Account and cart are rendered per visitor on every request: prefetching them from every page view
                would cost the server two renders a view for pages most visitors never open. */}
            <li>
              <Link href="/account" prefetch={false}>
                Account
              </Link>
            </li>
            <li>
              <Link href="/cart" prefetch={false}>
                Cart
                <CartCount renderedAt={Date.now()} />
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
