import type { SubscriptionOffer } from "@biome/shared"
import styles from "./subscription-offer-note.module.css"

/** "every 30, 60 or 90 days" */
export function formatIntervals(days: number[]): string {
  const labels = days.map(String)
  if (labels.length <= 1) return `every ${labels[0] ?? ""} days`
  return `every ${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]} days`
}

/** The subscribe-and-save offer, as information until ordering opens with the full shop. */
export function SubscriptionOfferNote({ offer }: { offer: SubscriptionOffer }) {
  if (offer.discount_percent <= 0) return null
  return (
    <aside className={styles.offer} aria-label="Subscribe and save">
      <p className={styles.headline}>
        Subscribe &amp; save <strong>{offer.discount_percent}%</strong>
      </p>
      <p className={styles.detail}>On every delivery, {formatIntervals(offer.interval_days)}. Skip, pause or cancel whenever you like.</p>
    </aside>
  )
}
