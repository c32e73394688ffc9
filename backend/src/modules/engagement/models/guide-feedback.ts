import { model } from "@medusajs/framework/utils"

/** A reader's answer to "was this helpful?" under a guide, with an optional comment for the content team. */
const GuideFeedback = model
  .define("guide_feedback", {
    id: model.id({ prefix: "gfb" }).primaryKey(),
    /** The guide module's guide; an id rather than a link, feedback outlives edits of the guide. */
    guide_id: model.text(),
    helpful: model.boolean(),
    comment: model.text().nullable(),
    /** The logged-in customer who answered, if any. */
    customer_id: model.text().nullable(),
    /** Who voted, hashed (a customer, or an anonymous visitor's browser): one vote per voter per guide. */
    voter_key: model.text().nullable(),
  })
  .indexes([
    { on: ["guide_id", "helpful"] },
    { on: ["guide_id", "created_at"] },
    {
      name: "IDX_guide_feedback_one_vote",
      on: ["guide_id", "voter_key"],
      unique: true,
      where: "deleted_at IS NULL AND voter_key IS NOT NULL",
    },
  ])
  .checks([{ name: "guide_feedback_comment_length", expression: "comment IS NULL OR char_length(comment) <= 500" }])

export default GuideFeedback
