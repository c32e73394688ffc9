import styles from "./product-gallery.module.css"

/**
 * The product's images; the first is the main one, the page's largest paint on a phone, so it is fetched at high
 * priority (Lighthouse LCP) and the others lazily. Plain <img>: the artwork is small SVG.
 */
export function ProductGallery({ title, images }: { title: string; images: string[] }) {
  const [main, ...rest] = images
  if (!main) {
    return <div className={styles.empty} role="img" aria-label={`No image of ${title} yet`} />
  }
  return (
    <div>
      <img className={styles.main} src={main} alt={title} width={480} height={480} fetchPriority="high" />
      {rest.length > 0 && (
        <ul className={styles.thumbs}>
          {rest.map((src, i) => (
            <li key={src}>
              <img src={src} alt={`${title}, view ${i + 2}`} width={96} height={96} loading="lazy" />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
