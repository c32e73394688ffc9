import type { GuidePerson } from "@/lib/guides"
import { safeHref } from "@biome/shared"
import styles from "./author-box.module.css"

function PersonPhoto({ person }: { person: GuidePerson }) {
  const src = person.photoUrl ? safeHref(person.photoUrl) : null
  if (!src || src.href.startsWith("#")) return null
  return <img className={styles.photo} src={src.href} alt="" width={64} height={64} loading="lazy" />
}

/** Who wrote the guide, with their credentials and bio, and who reviewed it. */
export function AuthorBox({ author, reviewer }: { author: GuidePerson | null; reviewer: GuidePerson | null }) {
  if (!author && !reviewer) return null
  return (
    <section className={styles.authorBox} aria-labelledby="author-box-heading">
      <h2 id="author-box-heading">Who wrote this guide</h2>
      {author && (
        <div className={styles.person}>
          <PersonPhoto person={author} />
          <div>
            <p>
              <strong>{author.name}</strong>
              {author.credentials && <span>, {author.credentials}</span>}
            </p>
            <p className={styles.role}>Author</p>
            {author.bio && <p>{author.bio}</p>}
          </div>
        </div>
      )}
      {reviewer && (
        <div className={styles.person}>
          <PersonPhoto person={reviewer} />
          <div>
            <p>
              <strong>{reviewer.name}</strong>
              {reviewer.credentials && <span>, {reviewer.credentials}</span>}
            </p>
            <p className={styles.role}>Reviewed for accuracy</p>
            {reviewer.bio && <p>{reviewer.bio}</p>}
          </div>
        </div>
      )}
    </section>
  )
}
