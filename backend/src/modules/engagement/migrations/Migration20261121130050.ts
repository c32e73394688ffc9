import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261121130050 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "newsletter_subscription" drop constraint if exists "newsletter_subscription_status_check";`)

    this.addSql(
      `alter table if exists "newsletter_subscription" add column if not exists "confirmation_sent_at" timestamptz null, add column if not exists "unsubscribed_at" timestamptz null;`
    )
    this.addSql(`alter table if exists "newsletter_subscription" alter column "status" type text using ("status"::text);`)
    this.addSql(`alter table if exists "newsletter_subscription" alter column "status" set default 'pending';`)
    this.addSql(
      `alter table if exists "newsletter_subscription" add constraint "newsletter_subscription_status_check" check("status" in ('pending', 'subscribed', 'unsubscribed'));`
    )
  }

  override async down(): Promise<void> {
    // Unconfirmed sign-ups never agreed to the letter: they leave the list rather than join it.
    this.addSql(`update "newsletter_subscription" set "status" = 'unsubscribed' where "status" = 'pending';`)
    this.addSql(`alter table if exists "newsletter_subscription" drop constraint if exists "newsletter_subscription_status_check";`)

    this.addSql(
      `alter table if exists "newsletter_subscription" drop column if exists "confirmation_sent_at", drop column if exists "unsubscribed_at";`
    )

    this.addSql(`alter table if exists "newsletter_subscription" alter column "status" type text using ("status"::text);`)
    this.addSql(`alter table if exists "newsletter_subscription" alter column "status" set default 'subscribed';`)
    this.addSql(
      `alter table if exists "newsletter_subscription" add constraint "newsletter_subscription_status_check" check("status" in ('subscribed', 'unsubscribed'));`
    )
  }
}
