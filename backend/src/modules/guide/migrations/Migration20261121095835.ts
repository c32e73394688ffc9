import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261121095835 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "guide_citation" drop constraint if exists "guide_citation_guide_id_position_unique";`)
    this.addSql(`alter table if exists "guide" drop constraint if exists "guide_slug_unique";`)
    this.addSql(
      `create table if not exists "guide_author" ("id" text not null, "name" text not null, "credentials" text not null, "bio" text not null, "photo_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "guide_author_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_author_deleted_at" ON "guide_author" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "guide" ("id" text not null, "slug" text not null, "title" text not null, "summary" text not null, "body" text not null, "hero_image_url" text null, "tags" text[] not null default '{}', "status" text check ("status" in ('draft', 'published')) not null default 'draft', "published_at" timestamptz null, "reading_minutes" integer not null default 1, "author_id" text not null, "reviewer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "guide_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_guide_slug_unique" ON "guide" ("slug") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_author_id" ON "guide" ("author_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_reviewer_id" ON "guide" ("reviewer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_deleted_at" ON "guide" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_status" ON "guide" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "guide_citation" ("id" text not null, "position" integer not null, "authors" text not null, "title" text not null, "journal" text not null, "year" integer not null, "volume" text null, "issue" text null, "pages" text null, "doi" text null, "pmid" text null, "url" text null, "guide_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "guide_citation_pkey" primary key ("id"), constraint guide_citation_has_locator check (doi IS NOT NULL OR pmid IS NOT NULL OR url IS NOT NULL));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_citation_guide_id" ON "guide_citation" ("guide_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_citation_deleted_at" ON "guide_citation" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_guide_citation_guide_id_position_unique" ON "guide_citation" ("guide_id", "position") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "guide" add constraint "guide_author_id_foreign" foreign key ("author_id") references "guide_author" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "guide" add constraint "guide_reviewer_id_foreign" foreign key ("reviewer_id") references "guide_author" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "guide_citation" add constraint "guide_citation_guide_id_foreign" foreign key ("guide_id") references "guide" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "guide" drop constraint if exists "guide_author_id_foreign";`)

    this.addSql(`alter table if exists "guide" drop constraint if exists "guide_reviewer_id_foreign";`)

    this.addSql(`alter table if exists "guide_citation" drop constraint if exists "guide_citation_guide_id_foreign";`)

    this.addSql(`drop table if exists "guide_author" cascade;`)

    this.addSql(`drop table if exists "guide" cascade;`)

    this.addSql(`drop table if exists "guide_citation" cascade;`)
  }
}
