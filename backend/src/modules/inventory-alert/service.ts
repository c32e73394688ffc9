import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { z } from "@medusajs/framework/zod"
import { DEFAULT_LOW_STOCK_THRESHOLD_DAYS } from "@biome/shared"
import { isUniqueViolation } from "../../lib/db-errors"
import { BackInStockRequest } from "./models/back-in-stock-request"
import { LowStockAlert } from "./models/low-stock-alert"
import { LowStockThreshold } from "./models/low-stock-threshold"
import type {
  BackInStockRequestDTO,
  ClaimedBackInStockRequest,
  InventoryAlertOptions,
  LowStockAlertDTO,
  OpenLowStockAlertInput,
} from "./types"

export const DEFAULT_ALERT_EMAIL = "inventory@biome-bloom.local"

const options = z
  .object({ alert_email: z.string().trim().email("ADMIN_ALERT_EMAIL must be an email address").optional().or(z.literal("")) })
  .passthrough()

/** Low-stock thresholds and alerts for admins, and shoppers' back-in-stock requests. */
class InventoryAlertModuleService extends MedusaService({ LowStockThreshold, LowStockAlert, BackInStockRequest }) {
  readonly alertEmail: string

  constructor(container: Record<string, unknown>, moduleOptions: InventoryAlertOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const parsed = options.safeParse(moduleOptions ?? {})
    if (!parsed.success) throw new Error(`inventory_alert module: ${parsed.error.issues.map((i) => i.message).join("; ")}`)
    this.alertEmail = parsed.data.alert_email || DEFAULT_ALERT_EMAIL
  }

  /** Each variant's threshold in days of cover: the admin's, or the shop's default. */
  async thresholdsFor(variantIds: string[]): Promise<Map<string, number>> {
    const saved = variantIds.length
      ? await this.listLowStockThresholds({ variant_id: variantIds }, { select: ["variant_id", "threshold_days"] })
      : []
    const byVariant = new Map(saved.map((t) => [t.variant_id, t.threshold_days]))
    return new Map(variantIds.map((id) => [id, byVariant.get(id) ?? DEFAULT_LOW_STOCK_THRESHOLD_DAYS]))
  }

  async openAlertsFor(variantIds: string[]): Promise<LowStockAlertDTO[]> {
    if (!variantIds.length) return []
    return await this.listLowStockAlerts({ variant_id: variantIds, cleared_at: null })
  }

  /** Raises the alert for a crossing; null when one is already open, so only one caller ever tells the admins. */
  async openLowStockAlert(input: OpenLowStockAlertInput): Promise<LowStockAlertDTO | null> {
    try {
      return await this.createLowStockAlerts(input)
    } catch (e) {
      if (isUniqueViolation(e)) return null
      throw e
    }
  }

  /** The waiting request for this variant and email, if any. */
  async findWaitingRequest(variantId: string, email: string): Promise<BackInStockRequestDTO | null> {
    const [request] = await this.listBackInStockRequests({ variant_id: variantId, email: email.toLowerCase(), status: "waiting" }, { take: 1 })
    return request ?? null
  }

  /** A new waiting request, or the one already waiting when the same shopper asks again (even at the same moment). */
  async requestBackInStock(input: { variant_id: string; email: string; customer_id?: string | null }) {
    const email = input.email.trim().toLowerCase()
    const existing = await this.findWaitingRequest(input.variant_id, email)
    if (existing) return { request: existing, created: false }
    try {
      const request = await this.createBackInStockRequests({ variant_id: input.variant_id, email, customer_id: input.customer_id ?? null })
      return { request, created: true }
    } catch (e) {
      const winner = isUniqueViolation(e) ? await this.findWaitingRequest(input.variant_id, email) : null
      if (winner) return { request: winner, created: false }
      throw e
    }
  }

  /**
   * Marks every waiting request for these variants as notified and returns them. One UPDATE, so when two restocks
   * are processed at once each request is claimed by exactly one of them.
   */
  @InjectManager()
  async claimWaitingRequests(
    variantIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ClaimedBackInStockRequest[]> {
    if (!variantIds.length) return []
    const knex = sharedContext.manager!.getKnex()
    return await knex("back_in_stock_request")
      .update({ status: "notified", notified_at: knex.fn.now(), updated_at: knex.fn.now() })
      .whereIn("variant_id", variantIds)
      .andWhere({ status: "waiting" })
      .whereNull("deleted_at")
      .returning(["id", "variant_id", "email"])
  }

  /** Puts claimed requests back to waiting, when their emails could not be sent. */
  async releaseClaimedRequests(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.updateBackInStockRequests({ selector: { id: ids }, data: { status: "waiting", notified_at: null } })
  }
}

export default InventoryAlertModuleService
