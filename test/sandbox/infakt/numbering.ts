/**
 * Invoice numbers `N/MM/YYYY`, counted per kind (VAT and pro forma apart) and per month of `invoice_date`,
 * as the documented examples `1/09/2024` and `5/01/2024` read (docs/services/infakt.md, Numbering). INFERRED:
 * a number is never handed out twice, even after its invoice is deleted, and a number a client chose
 * itself in that pattern moves the counter past it.
 */
import type { InfaktStore, InvoiceKind } from './store';

const NUMBER = /^(\d+)\/(\d{2})\/(\d{4})$/;

const counterKey = (kind: InvoiceKind, yearMonth: string): string => `${kind}:${yearMonth}`;

function format(sequence: number, date: string): string {
	return `${sequence}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** What the next create of this kind dated `date` gets. */
export function peekNumber(store: InfaktStore, kind: InvoiceKind, date: string): string {
	return format((store.lastNumbers.get(counterKey(kind, date.slice(0, 7))) ?? 0) + 1, date);
}

export function takeNumber(store: InfaktStore, kind: InvoiceKind, date: string): string {
	const key = counterKey(kind, date.slice(0, 7));
	const sequence = (store.lastNumbers.get(key) ?? 0) + 1;
	store.lastNumbers.set(key, sequence);
	return format(sequence, date);
}

export function noteChosenNumber(store: InfaktStore, kind: InvoiceKind, number: string): void {
	const match = NUMBER.exec(number);
	if (!match) return;
	const key = counterKey(kind, `${match[3]}-${match[2]}`);
	store.lastNumbers.set(key, Math.max(store.lastNumbers.get(key) ?? 0, Number(match[1])));
}
