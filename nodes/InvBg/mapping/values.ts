import type { DocumentKind, PaymentMethod } from '../../core/canonical';

/** The four documents both APIs issue, by v3's codes; v1 writes the credit note `kred`. */
export type DocumentType = 'dan' | 'prof' | 'deb' | 'cred';

export const DOCUMENT_TYPES: readonly DocumentType[] = ['dan', 'prof', 'deb', 'cred'];

/** Debit and credit notes refer to the invoice they change. */
export function needsRelatedInvoice(type: DocumentType): boolean {
	return type === 'deb' || type === 'cred';
}

export const V1_DOCUMENT_TYPES: Record<DocumentType, string> = { dan: 'dan', prof: 'prof', deb: 'deb', cred: 'kred' };

const KINDS: Record<string, DocumentKind> = { dan: 'vat', prof: 'proforma', deb: 'debitNote', cred: 'correction', kred: 'correction' };

export function documentKind(type: unknown): DocumentKind | null {
	return typeof type === 'string' ? (KINDS[type] ?? null) : null;
}

/** The canonical payment methods inv.bg has. */
export const INVBG_PAYMENT_METHODS: readonly PaymentMethod[] = ['transfer', 'cash', 'card', 'cashOnDelivery', 'other'];

/** v3's codes (INFERRED list, docs/services/invbg.md); the account's own list comes from GET /invoices/payment-methods. */
export const V3_PAYMENT_METHODS: Partial<Record<PaymentMethod, string>> = {
	transfer: 'bank',
	cash: 'cash',
	card: 'card',
	cashOnDelivery: 'ondelivery',
	other: 'other',
};

/** The XML API's codes, as the vendor page lists them. */
export const V1_PAYMENT_METHODS: Partial<Record<PaymentMethod, string>> = {
	transfer: 'bank',
	cash: 'cash',
	card: 'card',
	cashOnDelivery: 'ondlv',
	other: 'other',
};

/** The XML API writes the lev as `лв` (the vendor page); every other currency by its code. */
export function v1Currency(currency: string): string {
	const code = currency.trim().toUpperCase();
	return code === 'BGN' ? 'лв' : code;
}

/** `2026-01-15` → `15.01.2026`, the only date form the XML API reads. */
export function v1Date(isoDate: string): string {
	const [year, month, day] = isoDate.split('-');
	return `${day}.${month}.${year}`;
}

/** Which VAT rates Bulgaria has (docs/services/invbg.md): 20 %, 9 % and 0 % with a legal reason. */
export const VAT_PERCENTS = ['20', '9', '0'] as const;
export type VatPercent = (typeof VAT_PERCENTS)[number];

/** `1`/`0` as both APIs write a switch. */
export const flag = (value: boolean): number => (value ? 1 : 0);
