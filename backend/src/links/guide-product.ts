import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GuideModule from "../modules/guide"

/**
 * Guides linked to the products they explain. `position` orders a product's guides; `is_primary` marks
 * the one guide a product page features first (at most one per product, kept by the link workflows).
 */
export default defineLink(
  { linkable: GuideModule.linkable.guide, isList: true },
  { linkable: ProductModule.linkable.product, isList: true },
  {
    database: {
      extraColumns: {
        position: { type: "integer", defaultValue: "0" },
        is_primary: { type: "boolean", defaultValue: "false" },
      },
    },
  }
)
