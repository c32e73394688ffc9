import { defaultSchema, type Options as Schema } from "rehype-sanitize"

/** The product card's element in the rendered tree; each side gives it its own component. */
export const PRODUCT_CARD_TAG = "product-card"

/**
 * Everything a rendered guide may contain, and nothing else: the elements Markdown makes, the citation and
 * claim links the shop adds, and the product card placeholder. No style, no handler, no frame, no form;
 * links and images only over http(s) or within the site (checked again after sanitising, see finish.ts).
 */
export const GUIDE_SCHEMA: Schema = {
  tagNames: [
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "hr",
    "br",
    "strong",
    "em",
    "del",
    "a",
    "img",
    "sup",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    PRODUCT_CARD_TAG,
  ],
  attributes: {
    a: ["href", "ariaLabel", ["id", /^cite-\d+-\d+$/], ["className", "claim-mark"]],
    img: ["src", "alt"],
    ol: ["start"],
    sup: [["className", "citation"]],
    th: [["align", "left", "center", "right"]],
    td: [["align", "left", "center", "right"]],
    [PRODUCT_CARD_TAG]: ["handle"],
  },
  ancestors: defaultSchema.ancestors,
  protocols: { href: ["http", "https"], src: ["http", "https"] },
  required: {},
  clobber: [],
  clobberPrefix: "",
  strip: ["script", "style"],
  allowComments: false,
  allowDoctypes: false,
}
