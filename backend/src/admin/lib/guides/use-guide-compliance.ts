import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { claimsApi } from "./client"
import { blockingProblems } from "./editor-state"
import { useDebounced } from "./use-debounced"

export interface GuideComplianceInput {
  body: string
  citations: { title?: string }[]
  guideId?: string
  linkedHandles?: string[]
}

/**
 * The backend's claims and citation checks of the text as the editor pauses (debounced). The compliance panel and
 * the editor's Publish button ask the same question under the same query key, so the check runs once for both.
 * `current` is false while the text typed has not been checked yet.
 */
export function useGuideCompliance({ body, citations, guideId, linkedHandles = [] }: GuideComplianceInput) {
  const titles = citations.map((c) => c.title ?? "")
  const settled = useDebounced({ body, titles })
  const query = useQuery({
    // Linking a product changes whether its card may show, so the links are part of the question.
    queryKey: ["guide-compliance", guideId, settled, linkedHandles],
    queryFn: () =>
      claimsApi.checkGuide(
        settled.body,
        settled.titles.map((title) => ({ title })),
        guideId
      ),
    placeholderData: keepPreviousData,
    enabled: settled.body.trim() !== "",
  })
  const current = settled.body === body && settled.titles.join("\u0000") === titles.join("\u0000") && !query.isPlaceholderData
  return { ...query, current, blocking: query.data ? blockingProblems(query.data) : 0 }
}
