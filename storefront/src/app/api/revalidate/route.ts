import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { revalidateSecret } from "@/lib/env"
import { REVALIDATE_MAX_TAGS } from "@biome/shared"

/**
 * POST /api/revalidate, called by the backend when an admin edits a product, a price, stock or a guide:
 * header `x-revalidate-secret`, body `{ "tags": ["products", "product:daily-balance-probiotic"] }`.
 * Each tag's cached data is expired at once, so the next visitor already sees the change.
 */

const MAX_TAGS = REVALIDATE_MAX_TAGS
// What cacheTags produce: "products", "product:<handle>", "guide:<slug>"…; Next ignores tags over 256.
const TAG_PATTERN = /^[a-z][a-z-]*(?::[A-Za-z0-9_-]{1,200})?$/

export async function POST(request: Request): Promise<Response> {
  if (!hasValidSecret(request.headers.get("x-revalidate-secret"))) {
    return Response.json({ message: "A valid x-revalidate-secret header is required." }, { status: 401 })
  }

  let body: unknown
  try {
    body = await request.json()
  } catch {
    return Response.json({ message: 'The body must be JSON: { "tags": string[] }.' }, { status: 400 })
  }
  const tags = readTags(body)
  if (typeof tags === "string") return Response.json({ message: tags }, { status: 400 })

  for (const tag of tags) {
    // Expire now rather than serve stale once: a price or stock change must show on the very next visit.
    revalidateTag(tag, { expire: 0 })
  }
  return Response.json({ revalidated: tags, now: Date.now() })
}

function hasValidSecret(given: string | null): boolean {
  const expected = revalidateSecret()
  // Without a configured secret nobody may purge the cache.
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The tags to revalidate, or what is wrong with the body. */
function readTags(body: unknown): string[] | string {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return 'The body must be an object: { "tags": string[] }.'
  const tags = (body as { tags?: unknown }).tags
  if (!Array.isArray(tags) || tags.length === 0) return '"tags" must be a non-empty array of strings.'
  if (tags.length > MAX_TAGS) return `"tags" may hold at most ${MAX_TAGS} tags.`
  const invalid = tags.find((tag) => typeof tag !== "string" || !TAG_PATTERN.test(tag))
  if (invalid !== undefined) return `"${String(invalid).slice(0, 60)}" is not a cache tag this storefront uses.`
  return [...new Set(tags as string[])]
}
