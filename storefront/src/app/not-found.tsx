import type { Metadata } from "next"
import Link from "next/link"

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
}

export default function NotFound() {
  return (
    <section className="notice">
      <h1>This page doesn&apos;t exist</h1>
      <p>The link may be old or mistyped. These are good places to carry on from:</p>
      <ul>
        <li>
          <Link href="/store">All our probiotics and fibre</Link>
        </li>
        <li>
          <Link href="/guides">Our guides to the gut and skin</Link>
        </li>
        <li>
          <Link href="/account" prefetch={false}>
            Your account, orders and subscriptions
          </Link>
        </li>
        <li>
          <Link href="/">The home page</Link>
        </li>
      </ul>
    </section>
  )
}
