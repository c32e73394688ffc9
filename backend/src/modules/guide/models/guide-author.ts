import { model } from "@medusajs/framework/utils"
import Guide from "./guide"

/** A person who writes or medically reviews guides; credentials are shown in the guide's author box. */
const GuideAuthor = model.define("guide_author", {
  id: model.id({ prefix: "gauth" }).primaryKey(),
  name: model.text().searchable(),
  /** e.g. "MSc, RD" */
  credentials: model.text(),
  bio: model.text(),
  photo_url: model.text().nullable(),
  guides: model.hasMany(() => Guide, { mappedBy: "author" }),
  reviewed_guides: model.hasMany(() => Guide, { mappedBy: "reviewer" }),
})

export default GuideAuthor
