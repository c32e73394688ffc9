import type { ReactNode } from "react"
import { AccountNav } from "../components/account-nav"
import styles from "./account-layout.module.css"

/** An account page: its heading, the account's navigation, and the content. */
export function AccountLayout({ title, current, children }: { title: string; current: string; children: ReactNode }) {
  return (
    <div>
      <h1>{title}</h1>
      <div className={styles.layout}>
        <AccountNav current={current} />
        <div>{children}</div>
      </div>
    </div>
  )
}
