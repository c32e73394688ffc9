import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Renewal orders are placed without a cart, so an attempt no longer has one to remember.
export class Migration20261201040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "subscription_renewal" drop column if exists "cart_id";`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscription_renewal" add column if not exists "cart_id" text null;`)
  }
}
