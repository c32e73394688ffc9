import type { OutlineEntry } from "@biome/shared"
import styles from "./table-of-contents.module.css"

/** "In this guide": the body's h2 and h3 headings as links to their anchors, in reading order. */
export function TableOfContents({ outline }: { outline: OutlineEntry[] }) {
  if (outline.length < 2) return null
  return (
    <nav className={styles.toc} aria-labelledby="guide-toc-heading">
      <h2 id="guide-toc-heading" className={styles.heading}>
        In this guide
      </h2>
      <ol className={styles.list} role="list">
        {outline.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? styles.sub : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
