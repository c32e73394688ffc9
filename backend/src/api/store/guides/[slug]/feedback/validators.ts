import { z } from "@medusajs/framework/zod"
import { FEEDBACK_COMMENT_MAX_LENGTH } from "@/modules/engagement/types"

export const StoreGuideFeedback = z
  .object({
    helpful: z.boolean({ error: (issue) => (issue.input === undefined ? "helpful is required" : "helpful must be true or false") }),
    comment: z
      .string()
      .trim()
      .max(FEEDBACK_COMMENT_MAX_LENGTH, `comment must be at most ${FEEDBACK_COMMENT_MAX_LENGTH} characters`)
      .optional(),
  })
  .strict()
export type StoreGuideFeedbackType = z.infer<typeof StoreGuideFeedback>
