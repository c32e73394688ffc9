import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"

export interface SmtpEmailOptions {
  /** smtp://user:password@host:587, or smtps://… for TLS from the first byte. */
  url: string
  /** The default sender, "Name <address>". */
  from: string
}

/**
 * Sends the email the shop rendered (subject, text and HTML in the notification's content) through SMTP.
 * It renders nothing itself and logs nothing of the message: bodies carry personal links.
 */
export default class SmtpEmailService extends AbstractNotificationProviderService {
  static override identifier = "smtp-email"

  private readonly transport: Transporter
  private readonly from: string

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP email provider needs `url`, an smtp:// or smtps:// URL")
    }
    if (typeof options.from !== "string" || !options.from.includes("@")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP email provider needs `from`, the sender's address")
    }
  }

  constructor(_deps: { logger: Logger }, options: SmtpEmailOptions) {
    super()
    this.from = options.from
    // Short time-outs: a mail server that does not answer must fail the send, not hold a renewal run for minutes.
    this.transport = nodemailer.createTransport({
      url: options.url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    })
  }

  override async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const content = notification.content
    if (!content?.subject || !(content.text || content.html)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The email "${notification.template}" has no subject or body: render it before sending (src/emails)`
      )
    }
    try {
      const info = await this.transport.sendMail({
        from: notification.from || this.from,
        to: notification.to,
        subject: content.subject,
        text: content.text,
        html: content.html,
      })
      return { id: info.messageId }
    } catch (e) {
      // nodemailer's errors carry the connection's or the server's answer, never the message; keep it that way.
      const error = e as { code?: string; message?: string }
      const detail = [error.code, error.message].filter(Boolean).join(": ")
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The mail server did not take the email "${notification.template}": ${detail}`
      )
    }
  }
}
