import type { EmailDocument } from "../document"
import { SHOP_NAME } from "../document"

/**
 * Sent to an account's owner when someone asks to register their address again. The registration form gives
 * every address the same answer; the owner hears about it here instead.
 */
export function registrationAttempt(loginUrl: string): EmailDocument {
  return {
    subject: `Someone tried to create a ${SHOP_NAME} account with your address`,
    preview: "You already have an account with this address.",
    heading: "You already have an account",
    blocks: [
      {
        type: "paragraph",
        text: `Someone, perhaps you, just asked to create a new ${SHOP_NAME} account with this email address. You already have one, so nothing was created and nothing changed. Log in with the password you chose when you registered.`,
      },
      { type: "action", label: "Log in", url: loginUrl },
    ],
    footer: [{ type: "paragraph", text: "If it wasn't you, there is nothing to do: your account and password are unchanged." }],
  }
}

/** The link that finishes a registration: only the inbox's owner can choose the new account's password. */
export function registrationLink(url: string, hours: number): EmailDocument {
  return {
    subject: `Finish creating your ${SHOP_NAME} account`,
    preview: "One step left: choose your name and password.",
    heading: "Finish creating your account",
    blocks: [
      {
        type: "paragraph",
        text: `Someone, hopefully you, asked to create a ${SHOP_NAME} account with this email address. Open the link below to choose your name and password; it works for ${hours} hours.`,
      },
      { type: "action", label: "Finish creating my account", url },
    ],
    footer: [{ type: "paragraph", text: "If it wasn't you, ignore this email: no account is created without this link." }],
  }
}
