import type { EmailDocument } from "../document"
import { SHOP_NAME } from "../document"

/**
 * Sent to an account's owner when someone tries to register their address again. The registration form says
 * nothing about which addresses have accounts; the owner hears about it here instead.
 */
export function registrationAttempt(loginUrl: string): EmailDocument {
  return {
    subject: `Someone tried to create a ${SHOP_NAME} account with your address`,
    preview: "You already have an account with this address.",
    heading: "You already have an account",
    blocks: [
      {
        type: "paragraph",
        text: `Someone, perhaps you, just tried to create a new ${SHOP_NAME} account with this email address. You already have one, so nothing was created and nothing changed.`,
      },
      { type: "action", label: "Log in", url: loginUrl },
    ],
    footer: [{ type: "paragraph", text: "If it wasn't you, there is nothing to do: your account and password are unchanged." }],
  }
}
