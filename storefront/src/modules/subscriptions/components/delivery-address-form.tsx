import { US_STATES } from "@biome/shared"
import { formatAddressLine, type Address } from "@/lib/account"
import type { FormAction } from "@/lib/forms"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import styles from "./subscription.module.css"

/**
 * Where a subscription is delivered: one of the customer's saved addresses, or a new one typed here. A US
 * subscription's state is chosen from the list; the backend checks the address against the region again.
 */
export function DeliveryAddressForm({
  action,
  idPrefix,
  current,
  saved,
  currencyCode,
  countries,
}: {
  action: FormAction
  idPrefix: string
  current: Address | null
  saved: Address[]
  currencyCode: string
  countries: { code: string; name: string }[]
}) {
  const id = (name: string) => `${idPrefix}-${name}`
  const us = currencyCode.toLowerCase() === "usd"
  const currentLine = current ? formatAddressLine(current) : null
  const choosable = saved.filter((a) => a.id && formatAddressLine(a) !== currentLine)
  return (
    <ActionForm action={action} className={styles.addressForm} label="Change the delivery address">
      <div className="field">
        <label htmlFor={id("address-choice")}>Deliver to</label>
        <select id={id("address-choice")} name="address_id" defaultValue={choosable.length ? choosable[0]!.id! : "new"}>
          {choosable.map((a) => (
            <option key={a.id} value={a.id!}>
              {formatAddressLine(a)}
            </option>
          ))}
          <option value="new">A new address (fill in below)</option>
        </select>
      </div>
      <fieldset className={styles.newAddress}>
        <legend>New address</legend>
        <div className="address-fields">
          <div className="field">
            <label htmlFor={id("first_name")}>First name</label>
            <input id={id("first_name")} name="first_name" autoComplete="given-name" />
          </div>
          <div className="field">
            <label htmlFor={id("last_name")}>Last name</label>
            <input id={id("last_name")} name="last_name" autoComplete="family-name" />
          </div>
          <div className="field field--wide">
            <label htmlFor={id("address_1")}>Street address</label>
            <input id={id("address_1")} name="address_1" autoComplete="address-line1" />
          </div>
          <div className="field field--wide">
            <label htmlFor={id("address_2")}>Apartment, suite, etc. (optional)</label>
            <input id={id("address_2")} name="address_2" autoComplete="address-line2" />
          </div>
          <div className="field">
            <label htmlFor={id("city")}>City</label>
            <input id={id("city")} name="city" autoComplete="address-level2" />
          </div>
          {us ? (
            <>
              <div className="field">
                <label htmlFor={id("province")}>State</label>
                <select id={id("province")} name="province" autoComplete="address-level1" defaultValue="">
                  <option value="">Choose a state</option>
                  {US_STATES.map(([code, name]) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={id("postal_code")}>ZIP code</label>
                <input id={id("postal_code")} name="postal_code" autoComplete="postal-code" inputMode="numeric" pattern="\d{5}(-\d{4})?" />
              </div>
              <input type="hidden" name="country_code" value="us" />
            </>
          ) : (
            <>
              <div className="field">
                <label htmlFor={id("province")}>Region (optional)</label>
                <input id={id("province")} name="province" autoComplete="address-level1" />
              </div>
              <div className="field">
                <label htmlFor={id("postal_code")}>Postal code</label>
                <input id={id("postal_code")} name="postal_code" autoComplete="postal-code" />
              </div>
              <div className="field">
                <label htmlFor={id("country_code")}>Country</label>
                <select id={id("country_code")} name="country_code" autoComplete="country" defaultValue={current?.countryCode}>
                  {countries
                    .filter((c) => c.code !== "us")
                    .map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                </select>
              </div>
            </>
          )}
        </div>
      </fieldset>
      <SubmitButton className="button button--secondary">Change address</SubmitButton>
    </ActionForm>
  )
}
