import { z } from "@medusajs/framework/zod"
import { httpUrl } from "../../http-url"

const authorFields = {
  name: z.string().trim().min(1, "name must not be empty").max(200),
  /** e.g. "MSc, RD" */
  credentials: z.string().trim().min(1, "credentials must not be empty").max(200),
  bio: z.string().trim().min(1, "bio must not be empty").max(2000),
  photo_url: httpUrl("photo_url").nullish(),
}

export const AdminCreateGuideAuthor = z.object(authorFields).strict()
export type AdminCreateGuideAuthorType = z.infer<typeof AdminCreateGuideAuthor>

export const AdminUpdateGuideAuthor = z
  .object(authorFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "nothing to update: send at least one field" })
export type AdminUpdateGuideAuthorType = z.infer<typeof AdminUpdateGuideAuthor>

export const AdminListGuideAuthors = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListGuideAuthorsType = z.infer<typeof AdminListGuideAuthors>

export const AdminGetGuideAuthor = z.object({}).strict()
