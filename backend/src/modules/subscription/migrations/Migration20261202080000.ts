import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The activity timeline admins read on a subscription's page: who did what and when.
export class Migration20261202080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "subscription_activity" ("id" text not null, "subscription_id" text not null, "occurred_at" timestamptz not null, "actor_type" text check ("actor_type" in ('customer', 'admin', 'system')) not null, "actor_id" text null, "actor_label" text not null, "kind" text check ("kind" in ('created', 'skipped', 'skip_undone', 'paused', 'resumed', 'cancelled', 'restarted', 'frequency_changed', 'quantity_changed', 'size_changed', 'next_date_changed', 'address_changed', 'retention_discount_accepted', 'next_delivery_item_added', 'next_delivery_item_removed', 'renewal_succeeded', 'renewal_failed', 'email_sent')) not null, "details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "subscription_activity_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_activity_deleted_at" ON "subscription_activity" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_activity_subscription_id_occurred_at" ON "subscription_activity" ("subscription_id", "occurred_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "subscription_activity" cascade;`)
  }
}
