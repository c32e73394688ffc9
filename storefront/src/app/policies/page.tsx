import type { Metadata } from "next"
import Link from "next/link"
import { pageMetadata } from "@/lib/seo"
import styles from "./policies.module.css"

export const metadata: Metadata = pageMetadata({
  title: "Shop policies",
  description: "Shipping, returns, subscriptions and privacy at Biome & Bloom, in plain words.",
  path: "/policies",
})

export default function PoliciesPage() {
  return (
    <div className={styles.page}>
      <h1>Shop policies</h1>
      <section id="shipping" aria-labelledby="shipping-heading">
        <h2 id="shipping-heading">Shipping</h2>
        <p>
          We ship from Portland, Oregon to the United States and the European Union. Standard delivery takes 3 to 5 business days in the US
          and 4 to 7 in the EU; express is 1 to 2 business days in the US. Every shipping cost is shown at checkout before you pay.
        </p>
      </section>
      <section id="returns" aria-labelledby="returns-heading">
        <h2 id="returns-heading">Returns and refunds</h2>
        <p>
          Unopened products can be returned within 30 days for a full refund. If a product didn&apos;t agree with you, write to us within 30
          days of delivery and we&apos;ll refund it, opened or not.
        </p>
      </section>
      <section id="subscriptions" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading">Subscriptions</h2>
        <p>
          A subscription delivers the same product at a discount every 30, 60 or 90 days (the product page shows its options). We remind you
          by email before each renewal. In{" "}
          <Link href="/account/subscriptions" prefetch={false}>
            your account
          </Link>{" "}
          you can skip a delivery, pause, resume, change the frequency, quantity, size or date, or cancel, at any time and without a fee.
        </p>
      </section>
      <section id="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          We use your details only to deliver your orders and, if you sign up, to send our newsletter. We never sell them. Card details are
          handled by our payment provider and never stored by us. Our site uses only the cookies it needs: your cart and, when you log in,
          your session.
        </p>
      </section>
      <section id="health" aria-labelledby="health-heading">
        <h2 id="health-heading">Health information</h2>
        <p>
          Our guides are for general education and are not medical advice. Statements marked with an asterisk have not been evaluated by the
          Food and Drug Administration. Our products are not intended to diagnose, treat, cure, or prevent any disease. Please talk to a
          doctor about any health concern.
        </p>
      </section>
    </div>
  )
}
