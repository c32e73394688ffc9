import { STOCK_LABELS, type StockState } from "@/lib/catalog"

export function StockBadge({ stock }: { stock: StockState }) {
  return (
    <span className={`stock stock--${stock.replace("_", "-")}`} data-stock={stock}>
      {STOCK_LABELS[stock]}
    </span>
  )
}
