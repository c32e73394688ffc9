import { z } from "@medusajs/framework/zod"

/** A URL a page may link or load: http(s) only, so no javascript: or data: URL reaches a page or og:image. */
export const httpUrl = (field: string) => z.url({ protocol: /^https?$/, error: `${field} must be a full http(s) URL` })
