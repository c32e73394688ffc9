import { ArrowDownMini, ArrowUpMini, Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Text } from "@medusajs/ui"
import type { Citation } from "../types"

const EMPTY: Citation = {
  authors: "",
  title: "",
  journal: "",
  year: new Date().getFullYear(),
  volume: "",
  issue: "",
  pages: "",
  doi: "",
  pmid: "",
  url: "",
}

const TEXT_FIELDS: { key: Exclude<keyof Citation, "year">; label: string; wide?: boolean }[] = [
  { key: "authors", label: "Authors", wide: true },
  { key: "title", label: "Title", wide: true },
  { key: "journal", label: "Journal" },
  { key: "volume", label: "Volume" },
  { key: "issue", label: "Issue" },
  { key: "pages", label: "Pages" },
  { key: "doi", label: "DOI" },
  { key: "pmid", label: "PMID" },
  { key: "url", label: "URL", wide: true },
]

/** The guide's numbered reference list; citation n is cited in the body as [^n]. */
export function CitationsEditor({ citations, onChange }: { citations: Citation[]; onChange: (next: Citation[]) => void }) {
  const set = (i: number, patch: Partial<Citation>) => onChange(citations.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  const move = (i: number, by: -1 | 1) => {
    const next = [...citations]
    const [moved] = next.splice(i, 1)
    if (moved) next.splice(i + by, 0, moved)
    onChange(next)
  }

  return (
    <div className="flex flex-col gap-3">
      {citations.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No citations yet. Every study the body cites needs one.
        </Text>
      )}
      {citations.map((citation, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a citation is its place in the list: [n] in the body points at position n
        <div key={i} className="border-ui-border-base flex flex-col gap-2 rounded-md border p-3">
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">
              [^{i + 1}]
            </Text>
            <div className="flex gap-1">
              <IconButton size="small" variant="transparent" disabled={i === 0} onClick={() => move(i, -1)} aria-label="Move up">
                <ArrowUpMini />
              </IconButton>
              <IconButton
                size="small"
                variant="transparent"
                disabled={i === citations.length - 1}
                onClick={() => move(i, 1)}
                aria-label="Move down"
              >
                <ArrowDownMini />
              </IconButton>
              <IconButton
                size="small"
                variant="transparent"
                onClick={() => onChange(citations.filter((_, j) => j !== i))}
                aria-label="Remove citation"
              >
                <Trash />
              </IconButton>
            </div>
          </div>
          <div className="grid grid-cols-2 gap-2">
            {TEXT_FIELDS.map(({ key, label, wide }) => (
              <div key={key} className={wide ? "col-span-2" : ""}>
                <Label size="xsmall">{label}</Label>
                <Input size="small" value={citation[key] ?? ""} onChange={(e) => set(i, { [key]: e.target.value })} />
              </div>
            ))}
            <div>
              <Label size="xsmall">Year</Label>
              <Input size="small" type="number" value={citation.year} onChange={(e) => set(i, { year: Number(e.target.value) })} />
            </div>
          </div>
        </div>
      ))}
      <Button size="small" variant="secondary" type="button" onClick={() => onChange([...citations, { ...EMPTY }])}>
        <Plus /> Add citation
      </Button>
    </div>
  )
}

/** Empty optional fields go to the API as absent, not as empty strings. */
export function cleanCitation(c: Citation): Citation {
  const blankToNull = (v: string | null | undefined) => (v && v.trim() !== "" ? v.trim() : null)
  return {
    authors: c.authors.trim(),
    title: c.title.trim(),
    journal: c.journal.trim(),
    year: c.year,
    volume: blankToNull(c.volume),
    issue: blankToNull(c.issue),
    pages: blankToNull(c.pages),
    doi: blankToNull(c.doi),
    pmid: blankToNull(c.pmid),
    url: blankToNull(c.url),
  }
}
