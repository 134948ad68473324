/** Payment status of a document, as the list filter `status` names it (List page). */
import { centsOf } from './money';
import type { DocumentRecord } from './store';

export const PAYMENT_STATUSES = ['przeterminowane', 'nieoplacone', 'oplaconeCzesciowo', 'oplacone'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * Fully paid is `oplacone` whatever the date; otherwise past the due date is `przeterminowane` (INFERRED:
 * partly paid and overdue counts as overdue, as the docs define `oplaconeCzesciowo` as "not yet due");
 * a document without a due date is never overdue.
 */
export function paymentStatus(document: DocumentRecord, today: string): PaymentStatus {
	const paid = centsOf(document.paid);
	if (paid >= centsOf(document.totals.gross)) return 'oplacone';
	if (document.dueDate !== null && document.dueDate < today) return 'przeterminowane';
	return paid > 0n ? 'oplaconeCzesciowo' : 'nieoplacone';
}
