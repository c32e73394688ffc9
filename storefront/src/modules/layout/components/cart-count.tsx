"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"
import { fetchVisitor, VISITOR_CHANGED_EVENT } from "@/lib/client/visitor"
import styles from "./cart-count.module.css"

/**
 * The cart's item count in the header. Read by the browser after the page loads, so the page around it is the
 * same for every visitor and can be cached; read again on every navigation, after a form's action (adding to
 * the cart), whenever the server renders the page afresh and when the tab comes back into view.
 */
export function CartCount({ renderedAt }: { renderedAt: number }) {
  const pathname = usePathname()
  const [count, setCount] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: the path and the render time are triggers: a navigation or a fresh server render reads the count again
  useEffect(() => {
    let current = true
    const timers: ReturnType<typeof setTimeout>[] = []
    const load = () =>
      void fetchVisitor().then((visitor) => {
        if (current && visitor) setCount(visitor.cartCount)
      })
    const onVisible = () => {
      if (document.visibilityState === "visible") load()
    }
    // A form's Server Action (add to cart) answers a moment after the submit: look again shortly after.
    const onSubmit = () => timers.push(setTimeout(load, 1000), setTimeout(load, 3000))
    load()
    window.addEventListener(VISITOR_CHANGED_EVENT, load)
    document.addEventListener("visibilitychange", onVisible)
    document.addEventListener("submit", onSubmit, true)
    return () => {
      current = false
      timers.forEach(clearTimeout)
      window.removeEventListener(VISITOR_CHANGED_EVENT, load)
      document.removeEventListener("visibilitychange", onVisible)
      document.removeEventListener("submit", onSubmit, true)
    }
  }, [pathname, renderedAt])

  if (count <= 0) return null
  return (
    <span className={styles.count} data-testid="cart-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">
        , {count} {count === 1 ? "item" : "items"}
      </span>
    </span>
  )
}
