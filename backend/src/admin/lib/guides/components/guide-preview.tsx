import { Container, Heading, Text } from "@medusajs/ui"
import { disclaimerFor } from "@biome/shared"
import type { Citation, LinkedProduct } from "../types"
import { GuideBody, prepareGuideBody } from "./guide-body"

const reference = (c: Citation) =>
  [
    c.authors,
    c.title,
    [c.journal, c.year].filter(Boolean).join(" "),
    [c.volume, c.issue ? `(${c.issue})` : "", c.pages ? `:${c.pages}` : ""].join(""),
  ]
    .filter((part) => part && String(part).trim() !== "")
    .join(". ")

/**
 * How the guide will read in the store: title, summary, contents, the body rendered by the store's own
 * renderer (cards where they stand), the disclaimer its claims need and the numbered reference list.
 */
export function GuidePreview({
  title,
  summary,
  body,
  citations,
  products,
}: {
  title: string
  summary: string
  body: string
  citations: Citation[]
  products: LinkedProduct[]
}) {
  const prepared = prepareGuideBody(body, { citations: citations.map((_, i) => i + 1) })
  const disclaimer = disclaimerFor(prepared.claims)
  return (
    <Container className="flex flex-col gap-4 p-4">
      <Text size="xsmall" className="text-ui-fg-muted uppercase">
        Preview
      </Text>
      <Heading level="h1">{title || "Untitled guide"}</Heading>
      {summary && <Text className="text-ui-fg-subtle">{summary}</Text>}
      {prepared.outline.length > 1 && (
        <nav aria-label="In this guide" className="bg-ui-bg-subtle rounded-md p-3 text-sm">
          <Text size="small" weight="plus">
            In this guide
          </Text>
          <ol className="list-decimal pl-6">
            {prepared.outline.map((entry) => (
              <li key={entry.id} className={entry.level === 3 ? "ml-4" : undefined}>
                <a className="text-ui-fg-interactive" href={`#${entry.id}`}>
                  {entry.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <GuideBody body={prepared} products={products} />
      {disclaimer && (
        <div id="fda-disclaimer" className="border-ui-border-strong rounded-md border p-3 text-sm">
          * {disclaimer}
        </div>
      )}
      {citations.length > 0 && (
        <div className="border-ui-border-base border-t pt-3">
          <Heading level="h3" className="mb-2">
            References
          </Heading>
          <ol className="list-decimal pl-6 text-sm">
            {citations.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a reference is its place in the list: [n] in the body points at position n
              <li key={i} id={`ref-${i + 1}`} className="mb-1">
                {reference(c)}.
                {c.doi && (
                  <>
                    {" "}
                    doi:
                    <a
                      className="text-ui-fg-interactive"
                      href={`https://doi.org/${encodeURI(c.doi)}`}
                      target="_blank"
                      rel="noreferrer noopener"
                    >
                      {c.doi}
                    </a>
                  </>
                )}
                {c.pmid && (
                  <>
                    {" "}
                    PMID{" "}
                    <a
                      className="text-ui-fg-interactive"
                      href={`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(c.pmid)}/`}
                      target="_blank"
                      rel="noreferrer noopener"
                    >
                      {c.pmid}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Container>
  )
}
