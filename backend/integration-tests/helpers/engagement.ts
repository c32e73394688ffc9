import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ENGAGEMENT_MODULE } from "../../src/modules/engagement"
import type EngagementModuleService from "../../src/modules/engagement/service"
import { createAdminUser, type AdminHeaders } from "./admin"
import { seedCatalog, storeHeaders } from "./seeded-shop"

/** A published guide of the seeded catalog. */
export const GUIDE = "what-is-the-gut-skin-axis"

/**
 * The engagement specs' shop (the catalog seeded once, an admin) and the reader's requests: the newsletter's
 * sign-up, confirmation and unsubscribe, and feedback under a guide. Call it inside the runner's testSuite.
 */
export function engagementShop(api: AxiosInstance, getContainer: () => MedusaContainer) {
  const shop = { key: "", admin: undefined as unknown as AdminHeaders }
  beforeAll(async () => {
    shop.key = await seedCatalog(getContainer())
    shop.admin = await createAdminUser(getContainer())
  })
  const store = () => storeHeaders(shop.key)
  return {
    shop,
    store,
    engagement: () => getContainer().resolve<EngagementModuleService>(ENGAGEMENT_MODULE),
    signUp: (body: Record<string, unknown>) => api.post("/store/newsletter-subscriptions", body, store()),
    confirm: (token: string) => api.post("/store/newsletter-subscriptions/confirm", { token }, store()),
    unsubscribe: (token: string) => api.post("/store/newsletter-subscriptions/unsubscribe", { token }, store()),
    giveFeedback: (slug: string, body: Record<string, unknown>, headers: { headers: Record<string, string> } = store()) =>
      api.post(`/store/guides/${slug}/feedback`, body, headers),
    guideId: async (slug: string) => (await api.get(`/store/guides/${slug}`, store())).data.guide.id as string,
  }
}
