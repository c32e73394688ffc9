import { MedusaService } from "@medusajs/framework/utils"
import Guide from "./models/guide"
import GuideAuthor from "./models/guide-author"
import GuideCitation from "./models/guide-citation"

/** Guides, their authors and citations; the rules about publishing live in the guide workflows. */
class GuideModuleService extends MedusaService({ Guide, GuideAuthor, GuideCitation }) {}

export default GuideModuleService
