import { InjectManager, MedusaContext, MedusaError, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { z } from "@medusajs/framework/zod"
import { DEFAULT_LOW_STOCK_THRESHOLD_DAYS } from "@biome/shared"
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

  constructor(_container: Record<string, unknown>, moduleOptions: InventoryAlertOptions = {}) {
    // biome-ignore lint/complexity/noArguments: Medusa's module services pass their whole construction on (container, options, declaration)
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

  /**
   * Raises the alert for a crossing; null when one is already open, so only one caller ever tells the admins.
   * ON CONFLICT names the partial unique index on open alerts: the loser of a race gets no row, not an error.
   */
  @InjectManager()
  async openLowStockAlert(
    input: OpenLowStockAlertInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LowStockAlertDTO | null> {
    const [row] = (await sharedContext.manager!.execute(
      `insert into low_stock_alert (id, variant_id, threshold_days, days_of_cover, available, daily_demand)
       values (?, ?, ?, ?, ?, ?)
       on conflict (variant_id) where cleared_at is null and deleted_at is null do nothing
       returning id`,
      [
        generateEntityId(undefined, "lsalert"),
        input.variant_id,
        input.threshold_days,
        input.days_of_cover,
        input.available,
        input.daily_demand,
      ]
    )) as { id: string }[]
    return row ? await this.retrieveLowStockAlert(row.id, {}, sharedContext) : null
  }

  /** The waiting request for this variant and email, if any. */
  async findWaitingRequest(variantId: string, email: string): Promise<BackInStockRequestDTO | null> {
    const [request] = await this.listBackInStockRequests(
      { variant_id: variantId, email: email.toLowerCase(), status: "waiting" },
      { take: 1 }
    )
    return request ?? null
  }

  /** A new waiting request, or the one already waiting when the same shopper asks again (even at the same moment). */
  @InjectManager()
  async requestBackInStock(
    input: { variant_id: string; email: string; customer_id?: string | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ request: BackInStockRequestDTO; created: boolean }> {
    const email = input.email.trim().toLowerCase()
    // A waiting request can be claimed by a restock between our insert and our read: ask once more then.
    for (let round = 0; round < 2; round++) {
      const [row] = (await sharedContext.manager!.execute(
        `insert into back_in_stock_request (id, variant_id, email, customer_id)
         values (?, ?, ?, ?)
         on conflict (variant_id, email) where status = 'waiting' and deleted_at is null do nothing
         returning id`,
        [generateEntityId(undefined, "bisreq"), input.variant_id, email, input.customer_id ?? null]
      )) as { id: string }[]
      if (row) return { request: await this.retrieveBackInStockRequest(row.id, {}, sharedContext), created: true }
      const waiting = await this.findWaitingRequest(input.variant_id, email)
      if (waiting) return { request: waiting, created: false }
    }
    throw new MedusaError(MedusaError.Types.CONFLICT, "The request changed while it was being saved; please try again")
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
