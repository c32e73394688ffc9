import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { SubscriptionActivityActor } from "@biome/shared"

/** The signed-in admin, for the activity timeline: their user id, labelled with their email. */
export async function adminActor(req: AuthenticatedMedusaRequest): Promise<SubscriptionActivityActor> {
  const id = req.auth_context.actor_id
  const user = await req.scope
    .resolve(Modules.USER)
    .retrieveUser(id, { select: ["email"] })
    .catch(() => null)
  return { type: "admin", id, label: user?.email ?? "Admin" }
}
