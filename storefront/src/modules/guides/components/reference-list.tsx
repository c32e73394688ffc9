import { citationId, referenceId, safeHref } from "@biome/shared"
import { doiUrl, formatJournalReference, pubmedUrl, type Citation } from "@/lib/guides"
import styles from "./reference-list.module.css"

/**
 * The numbered references a guide's citation markers point to (#ref-N), each with its DOI and PubMed
 * links, and a way back to where it was first cited.
 */
export function ReferenceList({ citations, cited }: { citations: Citation[]; cited: readonly number[] }) {
  if (citations.length === 0) return null
  const citedSet = new Set(cited)
  return (
    <section className={styles.references} aria-labelledby="references-heading">
      <h2 id="references-heading">References</h2>
      <ol className={styles.list}>
        {citations.map((citation) => {
          const fullText = citation.url ? safeHref(citation.url) : null
          return (
            <li key={citation.position} id={referenceId(citation.position)} value={citation.position}>
              {citation.authors && <span>{citation.authors}. </span>}
              <span>{citation.title}.</span>{" "}
              {citation.journal && <cite className={styles.journal}>{formatJournalReference(citation)}</cite>}
              {!citation.journal && citation.year && <span>{citation.year}.</span>}{" "}
              {citation.doi && (
                <a href={doiUrl(citation.doi)} rel="noopener noreferrer">
                  doi:{citation.doi}
                </a>
              )}
              {citation.pmid && (
                <>
                  {citation.doi && " · "}
                  <a href={pubmedUrl(citation.pmid)} rel="noopener noreferrer">
                    PMID: {citation.pmid}
                  </a>
                </>
              )}
              {fullText?.external && !citation.doi && !citation.pmid && (
                <a href={fullText.href} rel="noopener noreferrer">
                  Full text
                </a>
              )}
              {citedSet.has(citation.position) && (
                <>
                  {" "}
                  <a
                    href={`#${citationId(citation.position, 1)}`}
                    className={styles.back}
                    aria-label={`Back to where reference ${citation.position} is cited`}
                  >
                    ↩
                  </a>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
