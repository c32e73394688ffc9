import { disclaimerFor, FDA_DISCLAIMER_ID } from "@biome/shared"

export { FDA_DISCLAIMER_ID }

/**
 * The boxed FDA disclaimer (21 CFR 101.93) for a page that carries marked claims. Renders nothing when the
 * page has none; the wording is singular for exactly one claim.
 */
export function FdaDisclaimer({ markedClaimCount }: { markedClaimCount: number }) {
  const text = disclaimerFor(markedClaimCount)
  if (!text) return null
  return (
    <aside id={FDA_DISCLAIMER_ID} className="disclaimer" aria-label="FDA disclaimer">
      <p>
        <span aria-hidden="true">* </span>
        {text}
      </p>
    </aside>
  )
}
