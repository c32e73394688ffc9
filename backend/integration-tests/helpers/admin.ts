import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"

export interface AdminHeaders {
  headers: { authorization: string }
}

/**
 * Signs in a content-team member the way Medusa's own integration tests do: a user, an auth identity
 * pointing at it, and a JWT signed with the app's secret.
 */
export async function createAdminUser(container: MedusaContainer, email = "editor@biomeandbloom.test"): Promise<AdminHeaders> {
  const user = await container.resolve(Modules.USER).createUsers({ email, first_name: "Cora", last_name: "Editor" })
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: authIdentity.id, app_metadata: { user_id: user.id } },
    { secret: http.jwtSecret!, expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}
