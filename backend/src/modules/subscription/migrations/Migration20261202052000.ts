import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// A customer may ask for their next delivery now ("send my next delivery now"): such attempts say so.
export class Migration20261202052000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "subscription_renewal" drop constraint if exists "subscription_renewal_trigger_check";`)
    this.addSql(
      `alter table if exists "subscription_renewal" add constraint "subscription_renewal_trigger_check" check ("trigger" in ('schedule', 'retry', 'admin', 'customer'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscription_renewal" drop constraint if exists "subscription_renewal_trigger_check";`)
    this.addSql(
      `alter table if exists "subscription_renewal" add constraint "subscription_renewal_trigger_check" check ("trigger" in ('schedule', 'retry', 'admin'));`
    )
  }
}
