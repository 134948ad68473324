import type { IDataObject } from 'n8n-workflow';

import type { SimpleInvoice } from '../../core/canonical';
import { buildSimpleInvoice, simpleText } from '../../core/canonical';
import { kindOf } from './modules';

/** A buyer's or seller's details as the node holds them, before they get Afaktury's names. */
export interface PartyInput {
	name?: string;
	taxId?: string;
	address?: string;
	email?: string;
	phone?: string;
	isVatPayer?: boolean;
	bankAccount?: string;
	bankName?: string;
	bankBic?: string;
	secondBankAccount?: string;
	regon?: string;
	pesel?: string;
}

/** The party's wire names (InvoiceData on the vendor page); `nipKind` and the rest stay the account's defaults. */
const PARTY_NAMES: Record<Exclude<keyof PartyInput, 'isVatPayer'>, string> = {
	name: 'name',
	taxId: 'nip',
	address: 'address',
	email: 'mail',
	phone: 'phone',
	bankAccount: 'bankAccountFirstNumber',
	bankName: 'bankAccountFirstName',
	bankBic: 'bankAccountFirstBic',
	secondBankAccount: 'bankAccountSecondNumber',
	regon: 'regon',
	pesel: 'pesel',
};

export function partyBody(party: PartyInput): IDataObject {
	const body: IDataObject = {};
	for (const [field, wireName] of Object.entries(PARTY_NAMES) as Array<[keyof typeof PARTY_NAMES, string]>) {
		const value = party[field]?.trim();
		if (value !== undefined && value !== '') body[wireName] = value;
	}
	if (party.isVatPayer !== undefined) body.isVATPayer = party.isVatPayer ? 1 : 0;
	return body;
}

/** The seller data set as a party: its name and NIP, which the seller fields given override. */
export function sellerFromDataSet(dataSet: IDataObject, overrides: PartyInput): IDataObject {
	return { ...partyBody({ name: simpleText(dataSet.name) ?? undefined, taxId: simpleText(dataSet.nip) ?? undefined }), ...partyBody(overrides) };
}

/** One line with its dictionary values already resolved to the account's ids; amounts as exact numbers. */
export interface LineInput {
	name: string;
	quantity: number;
	unitNetPrice?: number;
	unitGrossPrice?: number;
	vatId: number;
	unitId: number;
	productId?: number;
	classification?: string;
}

export function lineBody(line: LineInput): IDataObject {
	return {
		name: line.name,
		amount: line.quantity,
		...(line.unitNetPrice !== undefined ? { netto: line.unitNetPrice } : { brutto: line.unitGrossPrice }),
		vat: line.vatId,
		unit: line.unitId,
		...(line.productId !== undefined && { product: line.productId }),
		...(line.classification !== undefined && { pkwiu: line.classification }),
	};
}

/** A document's own fields, by the node's names; the dictionary values are ids already. */
export interface DocumentInput {
	number?: string;
	issueDate?: string;
	saleDate?: string;
	endDate?: string;
	place?: string;
	orderNumber?: string;
	language?: string;
	dataSetId?: number;
	currencyId?: number;
	paymentMethodId?: number;
	paymentTermId?: number;
	notes?: string;
	info?: string;
	issuedBy?: string;
	receivedBy?: string;
}

const DOCUMENT_NAMES: Record<keyof DocumentInput, string> = {
	number: 'number',
	issueDate: 'dateCreate',
	saleDate: 'dateSell',
	endDate: 'dateEnd',
	place: 'place',
	orderNumber: 'noOrder',
	language: 'language',
	dataSetId: 'data',
	currencyId: 'currency',
	paymentMethodId: 'payKind',
	paymentTermId: 'payTime',
	notes: 'annotation',
	info: 'info',
	issuedBy: 'personPut',
	receivedBy: 'personGet',
};

/** The fields given under Afaktury's names; what was not given is left out, so an update keeps it. */
export function documentBody(input: DocumentInput): IDataObject {
	const body: IDataObject = {};
	for (const [field, wireName] of Object.entries(DOCUMENT_NAMES) as Array<[keyof DocumentInput, string]>) {
		const value = input[field];
		if (value !== undefined && value !== '') body[wireName] = value;
	}
	return body;
}

/** A foreign key as Afaktury answers it (`{"id": 3}`, `{"id": null}`) or as it was sent (`3`). */
export function foreignId(value: unknown): number | undefined {
	const raw = typeof value === 'object' && value !== null ? (value as IDataObject).id : value;
	if (raw === null || raw === undefined || raw === '') return undefined;
	const id = Number(raw);
	return Number.isInteger(id) ? id : undefined;
}

/** What the simplified record needs from the account's dictionaries: the value each id stands for. */
export interface DictionaryNames {
	currency(id: number | undefined): string | undefined;
	vatRate(id: number | undefined): string | undefined;
	unit(id: number | undefined): string | undefined;
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The date part of `2026-01-31` or `2026-01-31 12:00:00`. */
function datePart(value: unknown): string | null {
	const text = simpleText(value);
	return text === null ? null : text.slice(0, 10);
}

/**
 * The package's shared invoice shape. Its `id` is the document's hash, the key every other operation
 * takes; the numeric `id` stays in the full record.
 */
export function simplifyDocument(module: string, record: IDataObject, names: DictionaryNames): SimpleInvoice {
	const buyer = isRecord(record.personBuy) ? record.personBuy : {};
	const lines = Array.isArray(record.products) ? record.products.filter(isRecord) : [];
	return buildSimpleInvoice('afaktury', {
		id: simpleText(record.hash),
		number: simpleText(record.number),
		kind: kindOf(module),
		issueDate: datePart(record.dateCreate),
		saleDate: datePart(record.dateSell),
		currency: names.currency(foreignId(record.currency)),
		net: simpleText(record.netto),
		vat: simpleText(record.vat),
		gross: simpleText(record.brutto),
		paid: simpleText(record.payed),
		buyer: { name: simpleText(buyer.name), taxId: simpleText(buyer.nip) },
		items: lines.map((line) => ({
			name: simpleText(line.name),
			quantity: simpleText(line.amount),
			unit: names.unit(foreignId(line.unit)),
			unitNetPrice: simpleText(line.netto),
			vatRate: names.vatRate(foreignId(line.vat)),
			// Lines carry unit prices only; a line total would be a computation, not what the service said.
			gross: null,
		})),
	});
}

/** A document as a dropdown entry: its number, buyer and issue date. */
export function documentListItem(record: IDataObject): { name: string; value: string } {
	const buyer = isRecord(record.personBuy) ? simpleText(record.personBuy.name) : null;
	const details = [buyer, datePart(record.dateCreate)].filter((part) => part !== null).join(', ');
	const number = simpleText(record.number) ?? String(record.hash);
	return { name: details === '' ? number : `${number} (${details})`, value: String(record.hash) };
}
