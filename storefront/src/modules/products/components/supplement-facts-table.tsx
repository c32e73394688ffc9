import { formatCfu, totalCfu, type SupplementFacts } from "@biome/shared"

/**
 * The supplement facts panel, rendered from the product's structured facts the way a label prints them:
 * serving size, each strain with its count, the total, other actives, then ingredients and care.
 */
export function SupplementFactsTable({ facts }: { facts: SupplementFacts }) {
  const hasStrains = facts.strains.length > 0
  return (
    <section className="facts" aria-labelledby="supplement-facts-heading">
      <h2 id="supplement-facts-heading" className="facts__heading">
        Supplement Facts
      </h2>
      <table className="facts__table">
        <caption className="facts__serving">
          Serving size: <strong>{facts.serving_size}</strong>
        </caption>
        <thead>
          <tr>
            <th scope="col">Per serving</th>
            <th scope="col" className="facts__amount">
              Amount
            </th>
          </tr>
        </thead>
        {hasStrains && (
          <tbody>
            <tr className="facts__group">
              <th scope="colgroup" colSpan={2}>
                Probiotic cultures
              </th>
            </tr>
            {facts.strains.map((strain) => (
              <tr key={strain.name}>
                <th scope="row" className="facts__strain">
                  {strain.name}
                </th>
                <td className="facts__amount">{formatCfu(strain.cfu)}</td>
              </tr>
            ))}
            <tr className="facts__total">
              <th scope="row">Total cultures</th>
              <td className="facts__amount">{formatCfu(totalCfu(facts))}</td>
            </tr>
          </tbody>
        )}
        {facts.other_actives.length > 0 && (
          <tbody>
            <tr className="facts__group">
              <th scope="colgroup" colSpan={2}>
                Other actives
              </th>
            </tr>
            {facts.other_actives.map((active) => (
              <tr key={active.name}>
                <th scope="row">{active.name}</th>
                <td className="facts__amount">{active.amount}</td>
              </tr>
            ))}
          </tbody>
        )}
      </table>
      {hasStrains ? (
        <p className="facts__note">Culture counts are guaranteed through the expiry date.</p>
      ) : (
        <p className="facts__note">Contains no live cultures.</p>
      )}
      <dl className="facts__details">
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
              <ul className="facts__list">
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
