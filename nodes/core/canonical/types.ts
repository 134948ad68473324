/** A decimal number as text in canonical form (`"10.23"`, `"2"`, `"-1.5"`); see `money.ts`. */
export type DecimalString = string;

/** A calendar date as `YYYY-MM-DD`; see `dates.ts`. */
export type IsoDate = string;

/**
 * A VAT rate code: a whole percentage (`"23"`, `"20"`, `"0"`), `"zw"` (exempt) or `"np"` (not subject to
 * VAT). Kept as a string checked by `normalizeVatRate`, because each country brings its own percentages.
 */
export type VatRate = string;

export const PAYMENT_METHODS = [
	'transfer',
	'cash',
	'card',
	'cashOnDelivery',
	'cheque',
	'barter',
	'compensation',
	'other',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const DOCUMENT_KINDS = [
	'vat',
	'proforma',
	'correction',
	'debitNote',
	'bill',
	'advance',
	'final',
	'vatRr',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type PriceMode = 'net' | 'gross';

/** A buyer, seller or client card. */
export interface Party {
	name: string;
	/** NIP, EIK/BULSTAT or EDRPOU, as written by the tax office. */
	taxId?: string;
	street?: string;
	city?: string;
	postCode?: string;
	/** ISO 3166 alpha-2 code. */
	country?: string;
	email?: string;
	phone?: string;
	isPerson?: boolean;
	bankAccount?: string;
	/** The party's id in the user's own system. */
	externalId?: string;
}

export interface LineItem {
	name: string;
	productId?: string;
	quantity?: DecimalString;
	unit?: string;
	unitNetPrice?: DecimalString;
	unitGrossPrice?: DecimalString;
	totalGross?: DecimalString;
	vatRate?: VatRate;
	discountPercent?: DecimalString;
	discountAmount?: DecimalString;
	/** Statistical classification such as PKWiU or CN. */
	classification?: string;
	description?: string;
}

export interface InvoiceDiscount {
	kind: 'percent' | 'amount';
	value: DecimalString;
}

export interface Invoice {
	id?: string;
	/** Absent means "the service's next number". */
	number?: string;
	kind: DocumentKind;
	issueDate?: IsoDate;
	saleDate?: IsoDate;
	dueDate?: IsoDate;
	currency?: string;
	paymentMethod?: PaymentMethod;
	/** The user's own words for a payment method outside the canonical list. */
	paymentMethodOther?: string;
	priceMode?: PriceMode;
	buyer?: Party;
	buyerId?: string;
	seller?: Party;
	items: LineItem[];
	notes?: string;
	orderNumber?: string;
	discount?: InvoiceDiscount;
	/** Statuses differ between services and are passed through as the service names them. */
	status?: string;
}

export interface Product {
	id?: string;
	name: string;
	code?: string;
	unitNetPrice?: DecimalString;
	unitGrossPrice?: DecimalString;
	vatRate?: VatRate;
	unit?: string;
	currency?: string;
}

export interface Payment {
	id?: string;
	invoiceId?: string;
	amount: DecimalString;
	date?: IsoDate;
	currency?: string;
	method?: PaymentMethod;
}

/** One line of a simplified invoice. */
export interface SimpleLineItem {
	name: string | null;
	quantity: DecimalString | null;
	unit: string | null;
	unitNetPrice: DecimalString | null;
	vatRate: VatRate | null;
	gross: DecimalString | null;
}

/** The Simplify output for invoices, the same keys from every node; what a service lacks is `null`. */
export interface SimpleInvoice {
	id: string | null;
	number: string | null;
	kind: DocumentKind | null;
	status: string | null;
	issueDate: IsoDate | null;
	saleDate: IsoDate | null;
	dueDate: IsoDate | null;
	currency: string | null;
	net: DecimalString | null;
	vat: DecimalString | null;
	gross: DecimalString | null;
	paid: DecimalString | null;
	buyer: { name: string | null; taxId: string | null; city: string | null };
	/** Empty when the service's answer carried no lines (some lists leave them out). */
	items: SimpleLineItem[];
	/** The service the record came from, as its node names it. */
	provider: string;
	/** The service's own record, when the user asks to keep it. */
	raw?: unknown;
}

export interface SimpleClient {
	id: string | null;
	name: string | null;
	taxId: string | null;
	street: string | null;
	city: string | null;
	postCode: string | null;
	country: string | null;
	email: string | null;
	phone: string | null;
}

export interface SimpleProduct {
	id: string | null;
	name: string | null;
	code: string | null;
	unitNetPrice: DecimalString | null;
	vatRate: VatRate | null;
	unit: string | null;
}
