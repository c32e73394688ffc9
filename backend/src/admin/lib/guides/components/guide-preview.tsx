import { Container, Heading, Text } from "@medusajs/ui"
import { Markdown } from "../markdown"
import type { Citation } from "../types"

const reference = (c: Citation) =>
  [c.authors, c.title, [c.journal, c.year].filter(Boolean).join(" "), [c.volume, c.issue ? `(${c.issue})` : "", c.pages ? `:${c.pages}` : ""].join("")]
    .filter((part) => part && String(part).trim() !== "")
    .join(". ")

/** How the guide will read: title, summary, the rendered body and the numbered reference list. */
export function GuidePreview({ title, summary, body, citations }: { title: string; summary: string; body: string; citations: Citation[] }) {
  return (
    <Container className="flex flex-col gap-4 p-4">
      <Text size="xsmall" className="text-ui-fg-muted uppercase">Preview</Text>
      <Heading level="h1">{title || "Untitled guide"}</Heading>
      {summary && <Text className="text-ui-fg-subtle">{summary}</Text>}
      <Markdown source={body} />
      {citations.length > 0 && (
        <div className="border-ui-border-base border-t pt-3">
          <Heading level="h3" className="mb-2">References</Heading>
          <ol className="list-decimal pl-6 text-sm">
            {citations.map((c, i) => (
              <li key={i} id={`guide-ref-${i + 1}`} className="mb-1">
                {reference(c)}.
                {c.doi && <> doi:<a className="text-ui-fg-interactive" href={`https://doi.org/${encodeURI(c.doi)}`} target="_blank" rel="noreferrer noopener">{c.doi}</a></>}
                {c.pmid && <> PMID <a className="text-ui-fg-interactive" href={`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(c.pmid)}/`} target="_blank" rel="noreferrer noopener">{c.pmid}</a></>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Container>
  )
}
