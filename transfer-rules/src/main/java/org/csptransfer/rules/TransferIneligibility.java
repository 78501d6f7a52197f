package org.csptransfer.rules;

/**
 * Why a source cannot be moved by a partner-to-partner transfer: the {@code reason} argument of
 * {@link FindingCode#TRANSFER_NOT_ELIGIBLE}. Declared in the order the transfer rule tries them; a
 * finding names the first that applies (CONTRACT.md, "Partner-to-partner transfers").
 */
public enum TransferIneligibility {
  /** It is not held by a CSP partner: EA, Open, direct and other channels buy new instead. */
  CHANNEL,
  /** It is a legacy (not new-commerce) CSP subscription. */
  LEGACY,
  /** It is a trial: there is no billing to transfer. */
  TRIAL,
  /** Its status on the as-of date is not active. */
  STATUS,
  /** Its service ends on or before the transfer date. */
  ENDED,
  /** It already belongs to another open transfer request. */
  PENDING
}
