import type { Address } from "@/lib/account"
import { US_STATES, usStateCode } from "@/lib/us-states"

/**
 * The inputs of a postal address, labelled and with autocomplete hints. Used by checkout and the address
 * book; the names match parseAddressForm().
 */
export function AddressFields({
  idPrefix,
  defaults,
  countries,
}: {
  idPrefix: string
  defaults?: Partial<Address> | null
  countries: { code: string; name: string }[]
}) {
  const id = (name: string) => `${idPrefix}-${name}`
  const country = defaults?.countryCode || (countries.length === 1 ? countries[0]!.code : "us")
  return (
    <div className="address-fields">
      <div className="field">
        <label htmlFor={id("first_name")}>First name</label>
        <input id={id("first_name")} name="first_name" autoComplete="given-name" required defaultValue={defaults?.firstName ?? ""} />
      </div>
      <div className="field">
        <label htmlFor={id("last_name")}>Last name</label>
        <input id={id("last_name")} name="last_name" autoComplete="family-name" required defaultValue={defaults?.lastName ?? ""} />
      </div>
      <div className="field field--wide">
        <label htmlFor={id("address_1")}>Street address</label>
        <input id={id("address_1")} name="address_1" autoComplete="address-line1" required defaultValue={defaults?.address1 ?? ""} />
      </div>
      <div className="field field--wide">
        <label htmlFor={id("address_2")}>Apartment, suite, etc. (optional)</label>
        <input id={id("address_2")} name="address_2" autoComplete="address-line2" defaultValue={defaults?.address2 ?? ""} />
      </div>
      <div className="field">
        <label htmlFor={id("city")}>City</label>
        <input id={id("city")} name="city" autoComplete="address-level2" required defaultValue={defaults?.city ?? ""} />
      </div>
      {country === "us" ? (
        // A US address needs its state, chosen from the list so it is always one the courier knows.
        <div className="field">
          <label htmlFor={id("province")}>State</label>
          <select
            id={id("province")}
            name="province"
            autoComplete="address-level1"
            required
            defaultValue={usStateCode(defaults?.province ?? "") ?? ""}
          >
            <option value="" disabled>
              Choose a state
            </option>
            {US_STATES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={id("province")}>State or province (optional)</label>
          <input id={id("province")} name="province" autoComplete="address-level1" defaultValue={defaults?.province ?? ""} />
        </div>
      )}
      <div className="field">
        <label htmlFor={id("postal_code")}>Postal code</label>
        <input id={id("postal_code")} name="postal_code" autoComplete="postal-code" required defaultValue={defaults?.postalCode ?? ""} />
      </div>
      <div className="field">
        <label htmlFor={id("country_code")}>Country</label>
        <select id={id("country_code")} name="country_code" autoComplete="country" required defaultValue={country}>
          {countries.length === 0 && <option value="us">United States</option>}
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("phone")}>Phone (optional, for the courier)</label>
        <input id={id("phone")} name="phone" type="tel" autoComplete="tel" defaultValue={defaults?.phone ?? ""} />
      </div>
    </div>
  )
}
