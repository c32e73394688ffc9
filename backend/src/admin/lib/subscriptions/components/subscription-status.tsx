import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLOR, STATUS_LABEL } from "../format"
import type { SubscriptionStatus } from "../types"

export const SubscriptionStatusBadge = ({ status }: { status: SubscriptionStatus }) => (
  <StatusBadge color={STATUS_COLOR[status]}>{STATUS_LABEL[status]}</StatusBadge>
)
