import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { EmailDocument } from "./document"
import { renderEmail } from "./render"

export interface EmailMessage {
  to: string
  template: string
  document: EmailDocument
  /**
   * Kept on the notification record (admins and tests read it; the development provider logs it): ids and
   * facts only, never a token or a signed link, which belong in the body alone.
   */
  data: Record<string, unknown>
  resource_id?: string
  resource_type?: string
  /** The same key twice sends once, unless the first send failed. */
  idempotency_key?: string
}

/** Renders each email to HTML and text and hands it to Medusa's notification module (SMTP, or the log in development). */
export async function sendEmails(container: MedusaContainer, messages: EmailMessage[]): Promise<void> {
  if (!messages.length) return
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    messages.map((m) => ({
      to: m.to,
      channel: "email",
      template: m.template,
      data: m.data,
      content: renderEmail(m.document),
      ...(m.resource_id ? { resource_id: m.resource_id } : {}),
      ...(m.resource_type ? { resource_type: m.resource_type } : {}),
      ...(m.idempotency_key ? { idempotency_key: m.idempotency_key } : {}),
    }))
  )
}

export const sendEmail = (container: MedusaContainer, message: EmailMessage) => sendEmails(container, [message])
