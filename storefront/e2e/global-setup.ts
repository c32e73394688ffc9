import type { TestProject } from "vitest/node"
import { startStack } from "./stack"

declare module "vitest" {
  export interface ProvidedContext {
    publishableKey: string
    databaseUrl: string
    mailInboxUrl: string
    backendLogUrl: string
  }
}

/** Starts the backend and storefront once for all end-to-end files; vitest calls the returned teardown. */
export default async function setup(project: TestProject) {
  const stack = await startStack()
  project.provide("publishableKey", stack.publishableKey)
  project.provide("databaseUrl", stack.databaseUrl)
  project.provide("mailInboxUrl", stack.mailInboxUrl)
  project.provide("backendLogUrl", stack.backendLogUrl)
  return async () => {
    await stack.stop()
  }
}
