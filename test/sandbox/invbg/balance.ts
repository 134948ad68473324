/**
 * An invoice's totals and what is paid of them: `balance_paid` grows with payments allocated to it (or all at
 * once when the invoice is written with `status` `paid`), `balance_due` is the rest, and the status turns
 * `paid` when nothing is due (docs/services/invbg.md, "Payments"; the rules are INFERRED).
 */
import type { InvBgStore, InvoiceRecord } from './store';
import type { Totals } from './totals';
import { cents, moneyNumber } from './totals';

function allocatedTo(store: InvBgStore, invoiceId: number): bigint {
	let sum = 0n;
	for (const payment of store.payments.all()) {
		for (const share of payment.invoices) if (share.id === invoiceId) sum += cents(share.amount);
	}
	return sum;
}

/**
 * Writes `totals` into the invoice with its balance; false (and nothing written) when more has been paid than
 * the new total. `status` is what the request asked for: `paid` settles the rest, `unpaid` goes back to what
 * payments cover.
 */
export function applyTotals(
	store: InvBgStore,
	invoice: InvoiceRecord,
	totals: Totals,
	status?: 'paid' | 'unpaid' | null,
): boolean {
	const paid =
		status === 'paid'
			? totals.total
			: status === 'unpaid'
				? allocatedTo(store, invoice.id)
				: cents(invoice.balance_paid);
	if (paid > totals.total) return false;
	const due = totals.total - paid;
	invoice.payment_amount_base = moneyNumber(totals.base);
	invoice.payment_amount_vat = moneyNumber(totals.vat);
	invoice.payment_amount_total = moneyNumber(totals.total);
	invoice.balance_paid = moneyNumber(paid);
	invoice.balance_due = moneyNumber(due);
	invoice.status = due === 0n && (paid > 0n || status === 'paid') ? 'paid' : 'unpaid';
	return true;
}

/** Adds an allocated payment; the caller has checked it is no more than what is due. */
export function addPaid(invoice: InvoiceRecord, amount: bigint): void {
	const paid = cents(invoice.balance_paid) + amount;
	const due = cents(invoice.payment_amount_total) - paid;
	invoice.balance_paid = moneyNumber(paid);
	invoice.balance_due = moneyNumber(due);
	invoice.status = due === 0n ? 'paid' : 'unpaid';
}
