import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** One vote per voter and guide: a hashed voter key and a partial unique index. */
export class Migration20261202020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "guide_feedback" add column if not exists "voter_key" text null;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_guide_feedback_one_vote" ON "guide_feedback" ("guide_id", "voter_key") WHERE deleted_at IS NULL AND voter_key IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_guide_feedback_one_vote";`)
    this.addSql(`alter table if exists "guide_feedback" drop column if exists "voter_key";`)
  }
}
