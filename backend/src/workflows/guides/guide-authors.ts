import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { GuideAuthorInput } from "../../modules/guide/types"
import { createGuideAuthorStep } from "./steps/create-guide-author"
import { deleteGuideAuthorStep } from "./steps/delete-guide-author"
import { updateGuideAuthorStep, type UpdateGuideAuthorStepInput } from "./steps/update-guide-author"

/** Adds a writer or medical/scientific reviewer. */
export const createGuideAuthorWorkflow = createWorkflow("create-guide-author", (input: GuideAuthorInput) => {
  return new WorkflowResponse(createGuideAuthorStep(input))
})

/** Edits an author's byline details. */
export const updateGuideAuthorWorkflow = createWorkflow("update-guide-author", (input: UpdateGuideAuthorStepInput) => {
  return new WorkflowResponse(updateGuideAuthorStep(input))
})

/** Removes an author nobody's guide depends on. */
export const deleteGuideAuthorWorkflow = createWorkflow("delete-guide-author", (input: { id: string }) => {
  deleteGuideAuthorStep(transform({ input }, ({ input }) => input.id))
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
