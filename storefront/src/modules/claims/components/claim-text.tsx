import { Fragment } from "react"
import { findClaimMarkers } from "@biome/shared"
import { FDA_DISCLAIMER_ID } from "./fda-disclaimer"

/** The asterisk of a marked claim, kept visible and linked to the page's FDA disclaimer box. */
export function ClaimMark() {
  return (
    <a className="claim-mark" href={`#${FDA_DISCLAIMER_ID}`} aria-label="claim, see the FDA disclaimer">
      *
    </a>
  )
}

/**
 * Copy that may carry structure/function claims ("supports digestive comfort*"). Markers are found with the
 * same rule countMarkedClaims() uses, so the asterisks shown and the disclaimer's wording always agree.
 */
export function ClaimText({ text }: { text: string }) {
  const parts: string[] = []
  let from = 0
  for (const at of findClaimMarkers(text)) {
    // An escaped "\*" is a marker too: its backslash is not shown.
    const end = at > from && text[at - 1] === "\\" ? at - 1 : at
    parts.push(text.slice(from, end))
    from = at + 1
  }
  parts.push(text.slice(from))
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one static sentence, split in order and never reordered
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <ClaimMark />}
        </Fragment>
      ))}
    </>
  )
}

/** Multi-paragraph copy (blank lines separate paragraphs) with its claims marked. */
export function ClaimParagraphs({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return (
    <div className={className}>
      {paragraphs.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of static copy, never reordered
        <p key={i}>
          <ClaimText text={paragraph} />
        </p>
      ))}
    </div>
  )
}
