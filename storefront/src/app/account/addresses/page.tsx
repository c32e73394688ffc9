import type { Metadata } from "next"
import { addAddressAction, deleteAddressAction } from "@/lib/actions/account"
import { formatAddressLine } from "@/lib/account"
import { requireCustomer } from "@/lib/data/customer"
import { orFallback } from "@/lib/data/errors"
import { listCountries } from "@/lib/data/regions"
import { privatePageMetadata } from "@/lib/seo"
import { AddressFields } from "@/modules/account/components/address-fields"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { ActionForm } from "@/modules/common/components/action-form"
import { StatusBadge } from "@/modules/common/components/status-badge"
import { SubmitButton } from "@/modules/common/components/submit-button"
import styles from "./addresses.module.css"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Your addresses", "/account/addresses")

export default async function AddressesPage() {
  const customer = await requireCustomer("/account/addresses")
  const countries = await orFallback(listCountries(), [], "the list of countries")
  return (
    <AccountLayout title="Your addresses" current="/account/addresses">
      <section aria-labelledby="saved-addresses-heading">
        <h2 id="saved-addresses-heading">Saved addresses</h2>
        {customer.addresses.length === 0 ? (
          <p className="empty">No saved addresses yet. Add one below and checkout fills it in for you.</p>
        ) : (
          <ul role="list" className={styles.list}>
            {customer.addresses.map((address) => (
              <li key={address.id} className="panel">
                <p>
                  {formatAddressLine(address)}
                  {address.isDefaultShipping && <StatusBadge tone="active"> Default</StatusBadge>}
                </p>
                {address.id && (
                  <ActionForm action={deleteAddressAction.bind(null, address.id)}>
                    <SubmitButton className="button button--link">
                      Delete<span className="visually-hidden"> the address {formatAddressLine(address)}</span>
                    </SubmitButton>
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-address-heading" className="panel">
        <h2 id="add-address-heading">Add an address</h2>
        <ActionForm action={addAddressAction}>
          <AddressFields idPrefix="new-address" countries={countries} />
          <div className="field field--checkbox">
            <input id="new-address-default" name="is_default_shipping" type="checkbox" />
            <label htmlFor="new-address-default">Use as my default delivery address</label>
          </div>
          <SubmitButton>Save address</SubmitButton>
        </ActionForm>
      </section>
    </AccountLayout>
  )
}
