export type { EmailBlock, EmailDocument, RenderedEmail } from "./document"
export { renderEmail, formatAmount } from "./render"
export { sendEmail, sendEmails, type EmailMessage } from "./send"
