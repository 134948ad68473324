/**
 * Document numbers: 10 digits, zero-padded (v1 page's answer example; third-party code for v3). INFERRED:
 * tax invoices, debit and credit notes share one sequence and pro formas have their own; "next free" is one
 * more than the highest number in the sequence (docs/services/invbg.md, "Numbering").
 */
import type { InvBgStore, InvoiceType } from './store';

const NUMBER_DIGITS = 10;
export const NUMBER_PATTERN = /^\d{1,10}$/;

const sequenceOf = (type: InvoiceType): 'proforma' | 'invoice' => (type === 'prof' ? 'proforma' : 'invoice');

export const padNumber = (digits: string): string => digits.padStart(NUMBER_DIGITS, '0');

export function nextNumber(store: InvBgStore, type: InvoiceType): string {
	const highest = store.invoices
		.all()
		.filter((invoice) => sequenceOf(invoice.type) === sequenceOf(type))
		.reduce((max, invoice) => Math.max(max, Number(invoice.number)), 0);
	return padNumber(String(highest + 1));
}

export function isNumberTaken(store: InvBgStore, type: InvoiceType, number: string, exceptId: number): boolean {
	return store.invoices
		.all()
		.some(
			(invoice) =>
				invoice.id !== exceptId && sequenceOf(invoice.type) === sequenceOf(type) && invoice.number === number,
		);
}
