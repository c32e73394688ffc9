import type { ReactNode } from "react"
import styles from "./breadcrumb.module.css"

/** Where a page sits: its `<li>` steps, the last one marked `aria-current="page"`. */
export function Breadcrumb({ children }: { children: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
      <ol>{children}</ol>
    </nav>
  )
}
