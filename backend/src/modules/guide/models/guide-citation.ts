import { model } from "@medusajs/framework/utils"
import Guide from "./guide"

/** One numbered reference of a guide; the body cites it as [^position]. */
const GuideCitation = model
  .define("guide_citation", {
    id: model.id({ prefix: "gcite" }).primaryKey(),
    /** The citation's number in the guide, from 1. */
    position: model.number(),
    authors: model.text(),
    title: model.text(),
    journal: model.text(),
    year: model.number(),
    volume: model.text().nullable(),
    issue: model.text().nullable(),
    pages: model.text().nullable(),
    doi: model.text().nullable(),
    pmid: model.text().nullable(),
    url: model.text().nullable(),
    guide: model.belongsTo(() => Guide, { mappedBy: "citations" }),
  })
  .checks([
    {
      name: "guide_citation_has_locator",
      expression: (columns) => `${columns.doi} IS NOT NULL OR ${columns.pmid} IS NOT NULL OR ${columns.url} IS NOT NULL`,
    },
  ])
  .indexes([{ on: ["guide_id", "position"], unique: true, where: "deleted_at IS NULL" }])

export default GuideCitation
