import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261121103608 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "newsletter_subscription" drop constraint if exists "newsletter_subscription_email_unique";`)
    this.addSql(
      `create table if not exists "guide_feedback" ("id" text not null, "guide_id" text not null, "helpful" boolean not null, "comment" text null, "customer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "guide_feedback_pkey" primary key ("id"), constraint guide_feedback_comment_length check (comment IS NULL OR char_length(comment) <= 500));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_feedback_deleted_at" ON "guide_feedback" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_guide_feedback_guide_id_helpful" ON "guide_feedback" ("guide_id", "helpful") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_guide_feedback_guide_id_created_at" ON "guide_feedback" ("guide_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "newsletter_subscription" ("id" text not null, "email" text not null, "source" text null, "status" text check ("status" in ('subscribed', 'unsubscribed')) not null default 'subscribed', "confirmed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_subscription_pkey" primary key ("id"), constraint newsletter_subscription_email_lowercase check (email = lower(email)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_subscription_deleted_at" ON "newsletter_subscription" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_newsletter_subscription_email_unique" ON "newsletter_subscription" ("email") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "guide_feedback" cascade;`)

    this.addSql(`drop table if exists "newsletter_subscription" cascade;`)
  }
}
