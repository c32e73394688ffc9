import { serializeJsonLd } from "@/lib/json-ld"

/** Structured data for search engines, serialised so no value can close the script element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's raw text; serializeJsonLd escapes every '<'
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
