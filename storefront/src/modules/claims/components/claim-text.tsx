import { Fragment } from "react"
import { FDA_DISCLAIMER_ID } from "./fda-disclaimer"

// The same convention countMarkedClaims() counts: an asterisk straight after a word, not a "**".
const CLAIM_MARK = /(?<=\w)\*(?!\*)/

/**
 * Copy that may carry structure/function claims ("supports digestive comfort*"). Each asterisk stays
 * visible and links to the page's FDA disclaimer box.
 */
export function ClaimText({ text }: { text: string }) {
  const parts = text.split(CLAIM_MARK)
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <a className="claim-mark" href={`#${FDA_DISCLAIMER_ID}`} aria-label="claim, see the FDA disclaimer">
              *
            </a>
          )}
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
        <p key={i}>
          <ClaimText text={paragraph} />
        </p>
      ))}
    </div>
  )
}
