import { parseDate } from './dates';
import { parseDecimal } from './money';
import type {
	DecimalString,
	DocumentKind,
	IsoDate,
	SimpleClient,
	SimpleInvoice,
	SimpleLineItem,
	SimpleProduct,
	VatRate,
} from './types';

/**
 * Builders for the Simplify output. A provider's mapping passes what it read, in whatever form the
 * service wrote it (ids as numbers, amounts as `122.0`, `""` for "nothing"), and gets the canonical
 * shape with every key present: a value the service did not give is `null`, never a guess.
 */

type Maybe<T> = T | null | undefined;
type Id = Maybe<string | number>;
type Amount = Maybe<string | number>;

export interface SimpleLineItemInput {
	name?: Maybe<string>;
	quantity?: Amount;
	unit?: Maybe<string>;
	unitNetPrice?: Amount;
	vatRate?: Maybe<VatRate>;
	gross?: Amount;
}

export interface SimpleInvoiceInput {
	id?: Id;
	number?: Maybe<string>;
	kind?: Maybe<DocumentKind>;
	status?: Maybe<string>;
	issueDate?: Maybe<string>;
	saleDate?: Maybe<string>;
	dueDate?: Maybe<string>;
	currency?: Maybe<string>;
	net?: Amount;
	vat?: Amount;
	gross?: Amount;
	paid?: Amount;
	buyer?: Maybe<{ name?: Maybe<string>; taxId?: Maybe<string>; city?: Maybe<string> }>;
	items?: Maybe<SimpleLineItemInput[]>;
	/** Included in the output only when given. */
	raw?: unknown;
}

export type SimpleClientInput = { id?: Id } & { [K in Exclude<keyof SimpleClient, 'id'>]?: Maybe<string> };

export interface SimpleProductInput {
	id?: Id;
	name?: Maybe<string>;
	code?: Maybe<string>;
	unitNetPrice?: Amount;
	vatRate?: Maybe<VatRate>;
	unit?: Maybe<string>;
}

/** Services write "nothing" as `""` or whitespace as often as they omit it. */
export function text(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	const trimmed = String(value).trim();
	return trimmed === '' ? null : trimmed;
}

/** A number as the service wrote it, in canonical form (`"13.0"` → `"13"`). */
export function amount(value: unknown, field: string): DecimalString | null {
	const written = text(value);
	return written === null ? null : parseDecimal(written, field);
}

/** Money reads as accountants write it, with at least two decimals (`"240.00"`); finer unit prices keep theirs. */
export function money(value: unknown, field: string): DecimalString | null {
	const decimal = amount(value, field);
	if (decimal === null) return null;
	const [whole, fraction = ''] = decimal.split('.');
	return `${whole}.${fraction.padEnd(2, '0')}`;
}

function date(value: Maybe<string>, field: string): IsoDate | null {
	const written = text(value);
	return written === null ? null : parseDate(written, field);
}

function simpleLineItem(item: SimpleLineItemInput): SimpleLineItem {
	return {
		name: text(item.name),
		quantity: amount(item.quantity, 'quantity'),
		unit: text(item.unit),
		unitNetPrice: money(item.unitNetPrice, 'unitNetPrice'),
		vatRate: text(item.vatRate),
		gross: money(item.gross, 'gross'),
	};
}

export function buildSimpleInvoice(provider: string, input: SimpleInvoiceInput): SimpleInvoice {
	const invoice: SimpleInvoice = {
		id: text(input.id),
		number: text(input.number),
		kind: input.kind ?? null,
		status: text(input.status),
		issueDate: date(input.issueDate, 'issueDate'),
		saleDate: date(input.saleDate, 'saleDate'),
		dueDate: date(input.dueDate, 'dueDate'),
		currency: text(input.currency),
		net: money(input.net, 'net'),
		vat: money(input.vat, 'vat'),
		gross: money(input.gross, 'gross'),
		paid: money(input.paid, 'paid'),
		buyer: {
			name: text(input.buyer?.name),
			taxId: text(input.buyer?.taxId),
			city: text(input.buyer?.city),
		},
		items: (input.items ?? []).map(simpleLineItem),
		provider,
	};
	if (input.raw !== undefined) invoice.raw = input.raw;
	return invoice;
}

export function buildSimpleClient(input: SimpleClientInput): SimpleClient {
	return {
		id: text(input.id),
		name: text(input.name),
		taxId: text(input.taxId),
		street: text(input.street),
		city: text(input.city),
		postCode: text(input.postCode),
		country: text(input.country),
		email: text(input.email),
		phone: text(input.phone),
	};
}

export function buildSimpleProduct(input: SimpleProductInput): SimpleProduct {
	return {
		id: text(input.id),
		name: text(input.name),
		code: text(input.code),
		unitNetPrice: money(input.unitNetPrice, 'unitNetPrice'),
		vatRate: text(input.vatRate),
		unit: text(input.unit),
	};
}
