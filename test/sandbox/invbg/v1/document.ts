/**
 * What the XML API v1 makes of an `<invoice>`: every element of the vendor's page, checked, and the document
 * stored beside v3's, in the same numbering sequences (docs/services/invbg.md, "XML API v1"). The page lists
 * the elements and their values; which are required, and what a bad one answers, are INFERRED.
 */
import { createHash } from 'node:crypto';
import { applyTotals } from '../balance';
import { EMAIL } from '../fields';
import { isNumberTaken, nextNumber, NUMBER_PATTERN, padNumber } from '../numbering';
import type { InvBgStore, InvoiceRecord, InvoiceType } from '../store';
import { documentTotals } from '../totals';
import { readClient, storeClient } from './client';
import { invalidValue } from './errors';
import { readObjects, rememberUnits } from './objects';
import type { XmlNode } from './parse';
import { childText } from './parse';
import { readReduction, Section } from './section';

const TYPES: Record<string, InvoiceType> = { prof: 'prof', dan: 'dan', deb: 'deb', kred: 'cred' };
/** v1's payment methods as v3 names them: `ondlv` and `order` are INFERRED to be v3's `ondelivery` and `moneytransfer`. */
const V3_PAYMENT_METHODS: Record<string, string> = {
	cash: 'cash',
	bank: 'bank',
	ondlv: 'ondelivery',
	card: 'card',
	order: 'moneytransfer',
	other: 'other',
};
/** v1 has no VAT rate element: INFERRED, the standard 20 % unless a reason for no VAT is given. */
const STANDARD_VAT = 20;

export interface V1Request {
	info: XmlNode | undefined;
	client: XmlNode | undefined;
	objects: XmlNode | undefined;
	additional: XmlNode | undefined;
}

function readCurrency(info: Section): { currency: string; rate: number | null } {
	const value = info.text('currency', true);
	// The page writes the lev as `лв`; stored by its ISO code so v3 reads it as it writes it (INFERRED).
	if (value === 'лв') return { currency: 'BGN', rate: null };
	if (!/^[A-Z]{3}$/.test(value)) throw invalidValue('invoice/info/currency');
	return { currency: value, rate: value === 'EUR' ? 1 : null };
}

function readRelated(store: InvBgStore, info: Section, type: InvoiceType): InvoiceRecord['related_invoice'] {
	if (type !== 'deb' && type !== 'cred') return null;
	const number = info.text('related_invoice', true);
	if (!NUMBER_PATTERN.test(number)) throw invalidValue('invoice/info/related_invoice');
	const related = store.invoices
		.all()
		.find((invoice) => invoice.type === 'dan' && invoice.number === padNumber(number));
	if (related) return { id: related.id, number: related.number, date: related.date_create };
	// The page: the date is for an invoice that is not in inv.bg.
	return { id: null, number: padNumber(number), date: info.date('related_invoice_date', true) };
}

function readNumber(store: InvBgStore, info: Section, type: InvoiceType): string {
	const value = info.text('number');
	if (value === '' || value === 'AUTO') return nextNumber(store, type);
	if (!NUMBER_PATTERN.test(value)) throw invalidValue('invoice/info/number');
	// INFERRED: a number already used in the sequence is refused as an invalid value.
	if (isNumberTaken(store, type, padNumber(value), 0)) throw invalidValue('invoice/info/number');
	return padNumber(value);
}

export interface V1Created {
	invoice: InvoiceRecord;
	returnPdf: boolean;
	sendTo: string;
	additionalFields: Record<string, string>;
}

function readAdditional(node: XmlNode | undefined): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const name of Object.keys(node ?? {}))
		fields[name] = childText(node, name, `invoice/additional_fields/${name}`) ?? '';
	if (fields.email && !EMAIL.test(fields.email)) throw invalidValue('invoice/additional_fields/email');
	return fields;
}

/** Checks the whole document before anything is stored, so a refused one leaves no trace. */
export function createV1Document(store: InvBgStore, request: V1Request): V1Created {
	const info = new Section(request.info, 'invoice/info');
	const type = TYPES[info.text('type', true)];
	if (type === undefined) throw invalidValue('invoice/info/type');
	const number = readNumber(store, info, type);
	const related = readRelated(store, info, type);
	const status = info.oneOf('status', ['UNPAID', 'PAID'], 'UNPAID');
	const dateCreate = info.date('date_create', true);
	const dateEvent = info.date('date_event') || dateCreate;
	const { currency, rate } = readCurrency(info);
	const reduction = readReduction(info);
	const method = info.oneOf('payment_method', Object.keys(V3_PAYMENT_METHODS), '', true);
	if (method === 'other') info.text('payment_method_other', true);
	const withVat = info.oneOf('enter_objects_with_vat', ['0', '1'], '0') === '1';
	const notes = info.text('notes');
	const sendTo = info.text('create_and_send_to_email');
	if (sendTo !== '' && !EMAIL.test(sendTo)) throw invalidValue('invoice/info/create_and_send_to_email');
	const returnPdf = info.oneOf('create_and_return_pdf', ['0', '1'], '0') === '1';
	const reason = info.text('without_vat_reason');
	const vatPercent = reason === '' ? STANDARD_VAT : 0;
	const recipient = readClient(request.client, method);
	const lines = readObjects(request.objects, vatPercent);
	const additionalFields = readAdditional(request.additional);
	let totals;
	try {
		totals = documentTotals(
			lines.map((line) => line.total),
			withVat,
			reduction,
		);
	} catch {
		throw invalidValue('invoice/info/reduction_value');
	}
	const client = storeClient(store, recipient.client);
	const invoice: InvoiceRecord = {
		id: store.invoices.allocateId(),
		number,
		type,
		status: 'unpaid',
		is_draft: 0,
		is_annulled: 0,
		client_id: client.id,
		...recipient.fields,
		date_create: dateCreate,
		date_event: dateEvent,
		date_mature: null,
		payment_method: V3_PAYMENT_METHODS[method],
		payment_currency: currency,
		currency_rate: rate,
		vat: { percent: vatPercent, reason_without: reason === '' ? null : reason },
		items_with_vat: withVat ? 1 : 0,
		items: lines.map((line) => line.item),
		related_invoice: related,
		reduction: reduction && { type: reduction.type, value: Number(reduction.value) },
		bank_accounts: [],
		notes: notes === '' ? null : notes,
		po_number: null,
		payment_amount_base: 0,
		payment_amount_vat: 0,
		payment_amount_total: 0,
		balance_paid: 0,
		balance_due: 0,
		created_at: new Date(store.now()).toISOString(),
	};
	applyTotals(store, invoice, totals, status === 'PAID' ? 'paid' : 'unpaid');
	store.invoices.insert(invoice);
	rememberUnits(store, lines);
	if (additionalFields.email) store.contacts.push({ clientId: client.id, email: additionalFields.email });
	return { invoice, returnPdf, sendTo, additionalFields };
}

/** A stable, unguessable-looking address for v1's `view_url`. */
export function viewUrl(store: InvBgStore, invoice: InvoiceRecord): string {
	const key = createHash('sha1').update(`${invoice.id}:${invoice.number}`).digest('hex').slice(0, 12);
	return `${store.origin}/invoices/${invoice.id}/view/${key}`;
}
