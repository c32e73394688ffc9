import { formatCfu, totalCfu, type SupplementFacts } from "@biome/shared"
import styles from "./supplement-facts-table.module.css"

/**
 * The supplement facts panel, rendered from the product's structured facts the way a label prints them:
 * serving size, each strain with its count, the total, other actives, then ingredients and care.
 */
export function SupplementFactsTable({ facts }: { facts: SupplementFacts }) {
  const hasStrains = facts.strains.length > 0
  return (
    <section className={styles.facts} aria-labelledby="supplement-facts-heading">
      <h2 id="supplement-facts-heading" className={styles.heading}>
        Supplement Facts
      </h2>
      <table className={styles.table}>
        <caption className={styles.serving}>
          Serving size: <strong>{facts.serving_size}</strong>
        </caption>
        <thead>
          <tr>
            <th scope="col">Per serving</th>
            <th scope="col" className={styles.amount}>
              Amount
            </th>
          </tr>
        </thead>
        {hasStrains && (
          <tbody>
            <tr className={styles.group}>
              <th scope="colgroup" colSpan={2}>
                Probiotic cultures
              </th>
            </tr>
            {facts.strains.map((strain) => (
              <tr key={strain.name}>
                <th scope="row" className={styles.strain}>
                  {strain.name}
                </th>
                <td className={styles.amount}>{formatCfu(strain.cfu)}</td>
              </tr>
            ))}
            <tr className={styles.total}>
              <th scope="row">Total cultures</th>
              <td className={styles.amount}>{formatCfu(totalCfu(facts))}</td>
            </tr>
          </tbody>
        )}
        {facts.other_actives.length > 0 && (
          <tbody>
            <tr className={styles.group}>
              <th scope="colgroup" colSpan={2}>
                Other actives
              </th>
            </tr>
            {facts.other_actives.map((active) => (
              <tr key={active.name}>
                <th scope="row">{active.name}</th>
                <td className={styles.amount}>{active.amount}</td>
              </tr>
            ))}
          </tbody>
        )}
      </table>
      {hasStrains ? (
        <p className={styles.note}>Culture counts are guaranteed through the expiry date.</p>
      ) : (
        <p className={styles.note}>Contains no live cultures.</p>
      )}
      <dl className={styles.details}>
        {facts.other_ingredients.length > 0 && (
          <div>
            <dt>Other ingredients</dt>
            <dd>{facts.other_ingredients.join(", ")}</dd>
          </div>
        )}
        <div>
          <dt>Allergens</dt>
          <dd>
            {facts.allergens.length > 0 ? (
              <ul className={styles.list}>
                {facts.allergens.map((allergen) => (
                  <li key={allergen}>{allergen}</li>
                ))}
              </ul>
            ) : (
              "None declared"
            )}
          </dd>
        </div>
        <div>
          <dt>Directions</dt>
          <dd>{facts.directions}</dd>
        </div>
        <div>
          <dt>Storage</dt>
          <dd>{facts.storage}</dd>
        </div>
      </dl>
    </section>
  )
}

/** Where a product's facts are missing or malformed: the same box, saying they are being updated. */
export function MissingSupplementFacts() {
  return <p className={styles.facts}>The supplement facts for this product are being updated.</p>
}
