import type { ReactNode } from "react"
import { AccountNav } from "../components/account-nav"

/** An account page: its heading, the account's navigation, and the content. */
export function AccountLayout({ title, current, children }: { title: string; current: string; children: ReactNode }) {
  return (
    <div className="account">
      <h1>{title}</h1>
      <div className="account__layout">
        <AccountNav current={current} />
        <div className="account__content">{children}</div>
      </div>
    </div>
  )
}
