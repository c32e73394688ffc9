import type { ReactNode } from "react"
import type { SubscriptionStatus } from "@/lib/subscriptions"
import styles from "./status-badge.module.css"

/** A state as a coloured pill, in a subscription status's colours ("active" green, "paused" amber…). */
export function StatusBadge({ tone, children }: { tone: SubscriptionStatus; children: ReactNode }) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>
}
