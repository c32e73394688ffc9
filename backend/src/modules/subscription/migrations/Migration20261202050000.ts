import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The customer portal: a chosen delivery address, an undoable skip, a one-time retention discount and restarts.
export class Migration20261202050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "subscription_settings" add column if not exists "retention_discount_percent" real not null default 0;`
    )
    this.addSql(
      `alter table if exists "subscription" add column if not exists "delivery_address" jsonb null, add column if not exists "skipped_delivery_at" timestamptz null, add column if not exists "retention_discount_percent" real null, add column if not exists "retention_offer_accepted_at" timestamptz null, add column if not exists "restarted_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscription_settings" drop column if exists "retention_discount_percent";`)
    this.addSql(
      `alter table if exists "subscription" drop column if exists "delivery_address", drop column if exists "skipped_delivery_at", drop column if exists "retention_discount_percent", drop column if exists "retention_offer_accepted_at", drop column if exists "restarted_at";`
    )
  }
}
