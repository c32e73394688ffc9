import { Badge, Container, Heading, Text } from "@medusajs/ui"
import type { CitationProblem, ClaimFinding, ClaimsCheck, ProductCardProblem } from "../types"
import { useGuideCompliance } from "../use-guide-compliance"

const RULE_LABEL: Record<ClaimFinding["rule"], string> = {
  "disease-claim": "Disease claim",
  "unmarked-structure-function": "Unmarked structure/function claim",
}

/** Findings of the claims check, errors first, each with its severity, the words concerned, the reason and a compliant rewrite. */
export function ClaimFindings({ findings }: { findings: ClaimFinding[] }) {
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === "error" ? -1 : 1))
  return (
    <ul className="flex flex-col gap-2">
      {ordered.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: findings are recomputed from the text on every change and never reordered by hand
        <li key={`${f.start}-${i}`} className="border-ui-border-base rounded-md border p-2">
          <div className="flex items-center gap-2">
            <Badge size="2xsmall" color={f.severity === "error" ? "red" : "orange"}>
              {f.severity}
            </Badge>
            <Text size="small" weight="plus">
              {RULE_LABEL[f.rule]}
            </Text>
          </div>
          <Text size="small" className="mt-1 italic">
            “{f.excerpt}”
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle mt-1">
            {f.reason}
          </Text>
          {f.rewrite ? (
            <Text size="xsmall" className="mt-1">
              Compliant rewrite: <span className="font-medium">“{f.rewrite}”</span>
            </Text>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** The FDA disclaimer the storefront will show next to the page's marked claims. */
export function DisclaimerBox({ check }: { check: Pick<ClaimsCheck, "disclaimer" | "marked_claims"> }) {
  if (!check.disclaimer) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No claims marked with * — no disclaimer will be shown.
      </Text>
    )
  }
  return (
    <div className="border-ui-border-strong bg-ui-bg-subtle rounded-md border p-3">
      <Text size="xsmall" className="text-ui-fg-subtle mb-1">
        Shown with this page ({check.marked_claims} marked claim{check.marked_claims === 1 ? "" : "s"}):
      </Text>
      <Text size="small">*{check.disclaimer}</Text>
    </div>
  )
}

function CitationProblems({ problems }: { problems: CitationProblem[] }) {
  return (
    <ul className="flex flex-col gap-1">
      {problems.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the problems are recomputed from the text on every change and never reordered by hand
        <li key={i} className="flex items-start gap-2">
          <Badge size="2xsmall" color="red">
            citation
          </Badge>
          <Text size="small">{p.message}</Text>
        </li>
      ))}
    </ul>
  )
}

/** Product cards the store could not show: unknown, unpublished or unlinked products, unknown directives. */
function ProductCardProblems({ problems }: { problems: ProductCardProblem[] }) {
  return (
    <ul className="flex flex-col gap-1">
      {problems.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the problems are recomputed from the text on every change and never reordered by hand
        <li key={i} className="flex items-start gap-2">
          <Badge size="2xsmall" color="red">
            product card
          </Badge>
          <Text size="small">{p.message}</Text>
        </li>
      ))}
    </ul>
  )
}

/**
 * The guide editor's compliance panel: asks the backend's claims and citation checks about the body as
 * the editor types (debounced), and says whether publishing would be allowed.
 */
export function GuideClaimsPanel({
  body,
  citations,
  guideId,
  linkedHandles = [],
}: {
  body: string
  citations: { title?: string }[]
  guideId?: string
  linkedHandles?: string[]
}) {
  const { data, isFetching, isError, error, blocking } = useGuideCompliance({ body, citations, guideId, linkedHandles })

  return (
    <Container className="flex flex-col gap-3 p-4">
      <div className="flex items-center justify-between">
        <Heading level="h2">Compliance</Heading>
        {isFetching ? (
          <Badge size="2xsmall">checking…</Badge>
        ) : data ? (
          <Badge size="2xsmall" color={data.ok ? "green" : "red"}>
            {data.ok ? "ready to publish" : `${blocking} problem${blocking === 1 ? "" : "s"} block publishing`}
          </Badge>
        ) : null}
      </div>
      {isError && (
        <Text size="small" className="text-ui-fg-error">
          The claims check could not run: {(error as Error).message}
        </Text>
      )}
      {!data && !isError && (
        <Text size="small" className="text-ui-fg-subtle">
          Start writing to run the claims check.
        </Text>
      )}
      {data && (
        <>
          {data.claims.findings.length === 0 && data.citation_errors.length === 0 && data.product_card_errors.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              No disease claims, unmarked product claims, citation or product card problems found.
            </Text>
          )}
          <ClaimFindings findings={data.claims.findings} />
          <CitationProblems problems={data.citation_errors} />
          <ProductCardProblems problems={data.product_card_errors} />
          <DisclaimerBox check={data.claims} />
        </>
      )}
    </Container>
  )
}
