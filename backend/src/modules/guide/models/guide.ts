import { model } from "@medusajs/framework/utils"
import { GUIDE_STATUSES } from "../types"
import GuideAuthor from "./guide-author"
import GuideCitation from "./guide-citation"

/** An education guide: Markdown body with numbered citations, written by an author, checked by a reviewer. */
const Guide = model
  .define("guide", {
    id: model.id({ prefix: "guide" }).primaryKey(),
    slug: model.text().unique(),
    title: model.text().searchable(),
    summary: model.text().searchable(),
    /** Markdown; cites with [^1] or [1] markers numbered like the citations. */
    body: model.text(),
    hero_image_url: model.text().nullable(),
    tags: model.array().default([]),
    status: model.enum([...GUIDE_STATUSES]).default("draft"),
    published_at: model.dateTime().nullable(),
    /** Derived from the body whenever it is saved (see readingMinutes). */
    reading_minutes: model.number().default(1),
    author: model.belongsTo(() => GuideAuthor, { mappedBy: "guides" }),
    reviewer: model.belongsTo(() => GuideAuthor, { mappedBy: "reviewed_guides" }).nullable(),
    citations: model.hasMany(() => GuideCitation, { mappedBy: "guide" }),
  })
  .cascades({ delete: ["citations"] })
  .indexes([{ on: ["status"], where: "deleted_at IS NULL" }])

export default Guide
