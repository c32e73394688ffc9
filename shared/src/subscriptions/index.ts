export { subscriptionPrice, lineSavings, renewalUnitPrice } from "./pricing"
export {
  DAY_MS,
  MIN_RESCHEDULE_WINDOW_DAYS,
  addDays,
  startOfUtcDay,
  utcDateKey,
  formatDeliveryDate,
  nextDeliveryAfter,
  firstDeliveryDate,
  nextDateBounds,
  validateNextDate,
} from "./dates"
export type { DateCheck } from "./dates"
export { SUBSCRIPTION_STATUSES, checkTransition } from "./status"
export type { SubscriptionAction, SubscriptionStatus, TransitionCheck } from "./status"
export { DEFAULT_RETRY_SCHEDULE_DAYS, nextRetry, renewalPeriodKey, isReminderDue } from "./renewal"
export { deliveriesWithin, unitsDueWithin, runOutDate } from "./forecast"
export type { SubscriptionDemand } from "./forecast"
export { SUBSCRIPTION_QUANTITY, subscriptionQuantityProblem } from "./quantity"
export {
  MAX_RETENTION_DISCOUNT_PERCENT,
  longerInterval,
  retentionAlternatives,
  retentionDiscountProblem,
} from "./retention"
export type { RetentionAlternative, RetentionContext } from "./retention"
export { CANCEL_REASONS, CANCEL_REASON_CUSTOMER_LABEL, isCancelReason } from "./cancel-reasons"
export type { CancelReason } from "./cancel-reasons"
export {
  SUBSCRIPTION_STATUS_LABEL,
  SUBSCRIPTION_CANCEL_REASON_LABEL,
  PAUSE_REASON_LABEL,
  PAYMENT_PROVIDER_LABEL,
  RENEWAL_TRIGGER_LABEL,
  RENEWAL_STATUS_LABEL,
  RENEWAL_FAILURE_LABEL,
  cancelReasonLabel,
  pauseReasonLabel,
  paymentProviderLabel,
  renewalTriggerLabel,
  renewalStatusLabel,
  renewalFailureLabel,
} from "./labels"
export {
  SUBSCRIPTION_ACTIVITY_KINDS,
  SUBSCRIPTION_ACTIVITY_ACTOR_TYPES,
  SUBSCRIPTION_ACTIVITY_LABEL,
  SUBSCRIPTION_EMAIL_LABEL,
  describeActivity,
} from "./activity"
export type {
  AdminSubscriptionActivityResponse,
  SubscriptionActivityActor,
  SubscriptionActivityActorType,
  SubscriptionActivityDetails,
  SubscriptionActivityEntry,
  SubscriptionActivityKind,
} from "./activity"
export { NEXT_DELIVERY_ITEMS, nextDeliveryQuantityProblem, sumToCents } from "./next-delivery"
export type { NextDeliveryItem } from "./next-delivery"
export { SUBSCRIPTION_ADDRESS_FIELDS } from "./responses"
export type {
  AdminAction,
  AdminRenewalPolicyResponse,
  AdminSubscription,
  AdminSubscriptionListResponse,
  AdminSubscriptionRenewResponse,
  AdminSubscriptionResponse,
  AdminSubscriptionSummaryResponse,
  NextDeliveryPrice,
  PortalAction,
  RenewalAttempt,
  RenewalPolicy,
  RenewalResult,
  RenewalTrigger,
  StoreSubscription,
  StoreSubscriptionListResponse,
  StoreSubscriptionResponse,
  SubscriptionAddressField,
  SubscriptionDeliveryAddress,
  SubscriptionOrderSummary,
  SubscriptionProductSummary,
  SubscriptionSummary,
} from "./responses"
