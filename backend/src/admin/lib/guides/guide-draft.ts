import type { Guide, GuideDraft } from "./types"
import { cleanCitation } from "./components/citations-editor"

/** The form of a guide not written yet. */
export const EMPTY_DRAFT: GuideDraft = {
  slug: "",
  title: "",
  summary: "",
  body: "",
  hero_image_url: null,
  tags: [],
  author_id: "",
  reviewer_id: null,
  citations: [],
}

/** A slug from the title, until the editor types one. */
export const slugify = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)

/** The editable fields of a stored guide. */
export function draftOf(guide: Guide): GuideDraft {
  return {
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
    body: guide.body,
    hero_image_url: guide.hero_image_url,
    tags: guide.tags,
    author_id: guide.author_id,
    reviewer_id: guide.reviewer_id,
    citations: guide.citations.map(({ id: _id, position: _position, ...citation }) => citation),
  }
}

/** What is sent to the backend: an empty hero address is none, citations trimmed. */
export function toRequest(draft: GuideDraft): GuideDraft {
  return {
    ...draft,
    hero_image_url: draft.hero_image_url?.trim() ? draft.hero_image_url.trim() : null,
    citations: draft.citations.map(cleanCitation),
  }
}
