import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpEmailService from "./service"

/** A notification provider for the email channel that sends through any SMTP server (nodemailer). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpEmailService] })
