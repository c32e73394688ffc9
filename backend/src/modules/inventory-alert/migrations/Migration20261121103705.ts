import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261121103705 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "low_stock_threshold" drop constraint if exists "low_stock_threshold_variant_id_unique";`)
    this.addSql(
      `create table if not exists "back_in_stock_request" ("id" text not null, "variant_id" text not null, "email" text not null, "customer_id" text null, "status" text check ("status" in ('waiting', 'notified')) not null default 'waiting', "notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "back_in_stock_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_back_in_stock_request_deleted_at" ON "back_in_stock_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_back_in_stock_request_one_waiting" ON "back_in_stock_request" ("variant_id", "email") WHERE status = 'waiting' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_back_in_stock_request_variant_id_status" ON "back_in_stock_request" ("variant_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "low_stock_alert" ("id" text not null, "variant_id" text not null, "threshold_days" integer not null, "days_of_cover" real not null, "available" integer not null, "daily_demand" real not null, "notified_at" timestamptz null, "cleared_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "low_stock_alert_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_low_stock_alert_deleted_at" ON "low_stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_low_stock_alert_one_open" ON "low_stock_alert" ("variant_id") WHERE cleared_at IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_low_stock_alert_variant_id_created_at" ON "low_stock_alert" ("variant_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "low_stock_threshold" ("id" text not null, "variant_id" text not null, "threshold_days" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "low_stock_threshold_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_low_stock_threshold_variant_id_unique" ON "low_stock_threshold" ("variant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_low_stock_threshold_deleted_at" ON "low_stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "back_in_stock_request" cascade;`)

    this.addSql(`drop table if exists "low_stock_alert" cascade;`)

    this.addSql(`drop table if exists "low_stock_threshold" cascade;`)
  }
}
