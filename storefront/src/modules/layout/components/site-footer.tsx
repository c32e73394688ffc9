import Link from "next/link"
import { SHOP_NAME } from "@/lib/shop"
import styles from "./site-footer.module.css"

/** The general disclaimer every page carries, and the shop's policies. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p className={styles.disclaimer}>
          Statements marked with an asterisk (*) have not been evaluated by the Food and Drug Administration. Our products are not intended
          to diagnose, treat, cure, or prevent any disease. If you are pregnant, nursing, taking medication or have a medical condition, ask
          your doctor before taking a supplement.
        </p>
        <nav aria-label="Policies and help" className={styles.nav}>
          <ul role="list">
            <li>
              <Link href="/policies#shipping">Shipping</Link>
            </li>
            <li>
              <Link href="/policies#returns">Returns and refunds</Link>
            </li>
            <li>
              <Link href="/policies#subscriptions">Subscriptions</Link>
            </li>
            <li>
              <Link href="/policies#privacy">Privacy</Link>
            </li>
            <li>
              <Link href="/guides">Guides</Link>
            </li>
            <li>
              <Link href="/order/lookup">Find an order</Link>
            </li>
          </ul>
        </nav>
        <p>
          Ships from Portland, Oregon to the US and the EU · Subscriptions can be skipped, paused or cancelled at any time · Shipping costs
          are shown before you pay
        </p>
        <p className={styles.copy}>
          © {new Date().getFullYear()} {SHOP_NAME}
        </p>
      </div>
    </footer>
  )
}
