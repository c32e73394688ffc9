import Link from "next/link"
import { logoutAction } from "@/lib/actions/account"
import styles from "./account-nav.module.css"

const LINKS = [
  { href: "/account", label: "Overview" },
  { href: "/account/subscriptions", label: "Subscriptions" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/addresses", label: "Addresses" },
]

/** The account's sections and the log-out button (a form, so it works without JavaScript). */
export function AccountNav({ current }: { current: string }) {
  return (
    <nav aria-label="Account" className={styles.nav}>
      <ul role="list">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.href === current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <form action={logoutAction}>
        <button type="submit" className="button button--link">
          Log out
        </button>
      </form>
    </nav>
  )
}
