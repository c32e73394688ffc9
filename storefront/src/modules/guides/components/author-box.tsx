import type { GuidePerson } from "@/lib/guides"
import { safeHref } from "@biome/shared"

function PersonPhoto({ person }: { person: GuidePerson }) {
  const src = person.photoUrl ? safeHref(person.photoUrl) : null
  if (!src || src.href.startsWith("#")) return null
  return <img className="person__photo" src={src.href} alt="" width={64} height={64} loading="lazy" />
}

/** Who wrote the guide, with their credentials and bio, and who reviewed it. */
export function AuthorBox({ author, reviewer }: { author: GuidePerson | null; reviewer: GuidePerson | null }) {
  if (!author && !reviewer) return null
  return (
    <section className="author-box" aria-labelledby="author-box-heading">
      <h2 id="author-box-heading">Who wrote this guide</h2>
      {author && (
        <div className="person">
          <PersonPhoto person={author} />
          <div>
            <p className="person__name">
              <strong>{author.name}</strong>
              {author.credentials && <span className="person__credentials">, {author.credentials}</span>}
            </p>
            <p className="person__role">Author</p>
            {author.bio && <p className="person__bio">{author.bio}</p>}
          </div>
        </div>
      )}
      {reviewer && (
        <div className="person">
          <PersonPhoto person={reviewer} />
          <div>
            <p className="person__name">
              <strong>{reviewer.name}</strong>
              {reviewer.credentials && <span className="person__credentials">, {reviewer.credentials}</span>}
            </p>
            <p className="person__role">Reviewed for accuracy</p>
            {reviewer.bio && <p className="person__bio">{reviewer.bio}</p>}
          </div>
        </div>
      )}
    </section>
  )
}
