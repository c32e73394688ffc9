import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Query = Omit<RemoteQueryFunction, symbol>

/** The id of the published guide a reader is looking at; drafts and unknown slugs are not found. */
export async function publishedGuideId(query: Query, slug: string): Promise<string> {
  const {
    data: [guide],
  } = await query.graph({ entity: "guide", fields: ["id"], filters: { slug, status: "published" } })
  if (!guide) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No published guide has the slug "${slug}"`)
  return guide.id
}
