import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateGuideWorkflow } from "./update-guide"

/** Puts a guide live, after the claims and citation checks pass (see updateGuideWorkflow). */
export const publishGuideWorkflow = createWorkflow("publish-guide", (input: { id: string }) => {
  const guide = updateGuideWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ id: input.id, update: { status: "published" as const } })),
  })
  return new WorkflowResponse(guide)
})

/** Takes a guide off the storefront; it keeps its links and content as a draft. */
export const unpublishGuideWorkflow = createWorkflow("unpublish-guide", (input: { id: string }) => {
  const guide = updateGuideWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ id: input.id, update: { status: "draft" as const } })),
  })
  return new WorkflowResponse(guide)
})
