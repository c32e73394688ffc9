import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261121095736 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "subscription" ("id" text not null, "status" text check ("status" in ('active', 'paused', 'past_due', 'cancelled')) not null default 'active', "customer_id" text not null, "email" text not null, "product_id" text not null, "variant_id" text not null, "quantity" integer not null, "interval_days" integer not null, "discount_percent" real not null, "currency_code" text not null, "region_id" text not null, "sales_channel_id" text null, "shipping_option_id" text null, "shipping_address" jsonb null, "payment_provider_id" text not null, "payment_data" jsonb null, "next_delivery_at" timestamptz not null, "paused_until" timestamptz null, "pause_reason" text null, "cancelled_at" timestamptz null, "cancel_reason" text null, "failed_attempts" integer not null default 0, "next_retry_at" timestamptz null, "last_failure_reason" text null, "last_reminder_for" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "subscription_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_deleted_at" ON "subscription" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_status_next_delivery_at" ON "subscription" ("status", "next_delivery_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_status_next_retry_at" ON "subscription" ("status", "next_retry_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_customer_id" ON "subscription" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_variant_id" ON "subscription" ("variant_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "subscription_renewal" ("id" text not null, "period_key" text not null, "scheduled_for" timestamptz not null, "attempt" integer not null, "status" text check ("status" in ('processing', 'succeeded', 'failed')) not null default 'processing', "trigger" text check ("trigger" in ('schedule', 'retry', 'admin')) not null, "cart_id" text null, "order_id" text null, "failure_code" text null, "failure_reason" text null, "subscription_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "subscription_renewal_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_renewal_subscription_id" ON "subscription_renewal" ("subscription_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_renewal_deleted_at" ON "subscription_renewal" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_subscription_renewal_one_success" ON "subscription_renewal" ("period_key") WHERE status = 'succeeded' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_subscription_renewal_one_in_flight" ON "subscription_renewal" ("period_key") WHERE status = 'processing' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_renewal_subscription_id_created_at" ON "subscription_renewal" ("subscription_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "subscription_settings" ("id" text not null, "retry_schedule_days" jsonb not null, "after_final_failure" text check ("after_final_failure" in ('pause', 'cancel')) not null default 'pause', "reminder_days_before" integer not null default 3, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "subscription_settings_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_subscription_settings_deleted_at" ON "subscription_settings" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "subscription_renewal" add constraint "subscription_renewal_subscription_id_foreign" foreign key ("subscription_id") references "subscription" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscription_renewal" drop constraint if exists "subscription_renewal_subscription_id_foreign";`)

    this.addSql(`drop table if exists "subscription" cascade;`)

    this.addSql(`drop table if exists "subscription_renewal" cascade;`)

    this.addSql(`drop table if exists "subscription_settings" cascade;`)
  }
}
