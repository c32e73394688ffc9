import { removeRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "../../modules/guide"
import { deleteGuidesStep } from "./steps/delete-guides"

/** Deletes a guide with its citations and its product links (all restorable if a later step fails). */
export const deleteGuideWorkflow = createWorkflow("delete-guide", (input: { id: string }) => {
  useQueryGraphStep({
    entity: "guide",
    fields: ["id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "find-guide-to-delete" })
  const ids = transform({ input }, ({ input }) => [input.id])
  deleteGuidesStep(ids)
  removeRemoteLinkStep({ [GUIDE_MODULE]: { guide_id: ids } })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
