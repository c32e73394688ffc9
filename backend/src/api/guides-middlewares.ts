import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCheckClaims, AdminCheckGuide } from "./admin/claims/validators"
import { refuseUnlawfulProductCopy, refuseUnlawfulProductCopyInBatch, refuseUnlawfulVariantCopy } from "./admin/claims/product-copy"
import {
  AdminCreateGuideAuthor,
  AdminGetGuideAuthor,
  AdminListGuideAuthors,
  AdminUpdateGuideAuthor,
} from "./admin/guide-authors/validators"
import { AdminCreateGuide, AdminGetGuide, AdminLinkGuideProducts, AdminListGuides, AdminUpdateGuide } from "./admin/guides/validators"
import { AdminGetProductGuides, AdminSetProductGuides } from "./admin/products/[id]/guides/validators"
import { StoreGetGuide, StoreListGuides } from "./store/guides/validators"

// Our routes read req.validatedQuery / req.validatedBody; the query config only has to exist.
const noQueryConfig = {}

/** Guides, guide authors, the claims check, and the claims rules on product copy. */
export const guidesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/guides", middlewares: [validateAndTransformQuery(StoreListGuides, noQueryConfig)] },
  { method: ["GET"], matcher: "/store/guides/:slug", middlewares: [validateAndTransformQuery(StoreGetGuide, noQueryConfig)] },
  { method: ["GET"], matcher: "/store/products/:id/guides", middlewares: [validateAndTransformQuery(StoreGetGuide, noQueryConfig)] },

  { method: ["GET"], matcher: "/admin/guides", middlewares: [validateAndTransformQuery(AdminListGuides, noQueryConfig)] },
  { method: ["POST"], matcher: "/admin/guides", middlewares: [validateAndTransformBody(AdminCreateGuide)] },
  { method: ["GET", "DELETE"], matcher: "/admin/guides/:id", middlewares: [validateAndTransformQuery(AdminGetGuide, noQueryConfig)] },
  { method: ["POST"], matcher: "/admin/guides/:id", middlewares: [validateAndTransformBody(AdminUpdateGuide)] },
  { method: ["POST"], matcher: "/admin/guides/:id/products", middlewares: [validateAndTransformBody(AdminLinkGuideProducts)] },

  { method: ["GET"], matcher: "/admin/guide-authors", middlewares: [validateAndTransformQuery(AdminListGuideAuthors, noQueryConfig)] },
  { method: ["POST"], matcher: "/admin/guide-authors", middlewares: [validateAndTransformBody(AdminCreateGuideAuthor)] },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/guide-authors/:id",
    middlewares: [validateAndTransformQuery(AdminGetGuideAuthor, noQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/guide-authors/:id", middlewares: [validateAndTransformBody(AdminUpdateGuideAuthor)] },

  {
    method: ["GET"],
    matcher: "/admin/products/:id/guides",
    middlewares: [validateAndTransformQuery(AdminGetProductGuides, noQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/products/:id/guides", middlewares: [validateAndTransformBody(AdminSetProductGuides)] },

  { method: ["POST"], matcher: "/admin/claims/check", middlewares: [validateAndTransformBody(AdminCheckClaims)] },
  { method: ["POST"], matcher: "/admin/claims/check-guide", middlewares: [validateAndTransformBody(AdminCheckGuide)] },

  // Product copy is the shop speaking: refuse disease claims and unmarked claims before Medusa saves it.
  { method: ["POST"], matcher: "/admin/products", middlewares: [refuseUnlawfulProductCopy] },
  { method: ["POST"], matcher: "/admin/products/:id", middlewares: [refuseUnlawfulProductCopy] },
  { method: ["POST"], matcher: "/admin/products/batch", middlewares: [refuseUnlawfulProductCopyInBatch] },
  { method: ["POST"], matcher: "/admin/products/:id/variants", middlewares: [refuseUnlawfulVariantCopy] },
  { method: ["POST"], matcher: "/admin/products/:id/variants/:variant_id", middlewares: [refuseUnlawfulVariantCopy] },
]
