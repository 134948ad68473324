/**
 * What POST and PATCH /invoices accept (docs/services/invbg.md, "Invoices"). The field names are the ones
 * third-party integrations send to the real API; which of them are required, and the checks on their values,
 * are the contract's and INFERRED where the docs say so. A PATCH is applied over the stored invoice and the
 * result must pass the same rules as a create.
 */
import { isIsoDate } from '../common/dates';
import { applyTotals } from './balance';
import { BULSTAT, BULSTAT_TEXT, COUNTRY_TEXT, EGN, EGN_TEXT } from './clients';
import { Complaints, refuse, text } from './errors';
import { ALPHA2, checkDecimal, CURRENCY, FieldReader, objectBody } from './fields';
import { isNumberTaken, nextNumber, NUMBER_PATTERN, padNumber } from './numbering';
import type { InvBgStore, InvoiceItem, InvoiceRecord, InvoiceType, RelatedInvoice } from './store';
import { PAYMENT_METHODS } from './store';
import type { Totals } from './totals';
import { documentTotals, lineAmount } from './totals';

export const INVOICE_TYPES: readonly InvoiceType[] = ['dan', 'prof', 'deb', 'cred'];
export const VAT_PERCENTS = [20, 9, 0];
const NOTE_TYPES: readonly InvoiceType[] = ['deb', 'cred'];
const RECIPIENT_TEXT_FIELDS = ['to_name', 'to_town', 'to_address', 'to_mol', 'to_vat_number'] as const;
const KNOWN = [
	'number',
	'type',
	'status',
	'is_draft',
	'is_annulled',
	'client_id',
	...RECIPIENT_TEXT_FIELDS,
	'to_country',
	'to_bulstat',
	'to_is_reg_vat',
	'is_to_person',
	'to_egn',
	'date_create',
	'date_event',
	'date_mature',
	'payment_method',
	'payment_currency',
	'currency_rate',
	'vat',
	'items_with_vat',
	'items',
	'related_invoice',
	'reduction',
	'bank_accounts',
	'notes',
	'po_number',
];
const READ_ONLY = [
	'id',
	'payment_amount_base',
	'payment_amount_vat',
	'payment_amount_total',
	'balance_paid',
	'balance_due',
	'created_at',
];
const ITEM_KEYS = ['name', 'quantity', 'quantity_unit', 'price', 'vat_percent'];
const REQUIRED = text('Полето е задължително', 'The field is required');
const NOT_ALLOWED = text('Непозволена стойност', 'The value is not allowed');
const ANNULLED = text('Фактурата е анулирана', 'The invoice is annulled');
/** The name limit third-party integrations cut item names to. */
const ITEM_NAME_MAX = 300;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function readItems(value: unknown, complaints: Complaints): InvoiceItem[] | undefined {
	if (!Array.isArray(value) || value.length === 0) {
		return void complaints.add('items', text('Нужен е поне един ред', 'At least one item is required'));
	}
	return value.flatMap((raw, index): InvoiceItem[] => {
		const at = `items.${index}`;
		if (!isObject(raw)) {
			complaints.add(at, NOT_ALLOWED);
			return [];
		}
		for (const key of Object.keys(raw))
			if (!ITEM_KEYS.includes(key)) complaints.add(`${at}.${key}`, text('Непознато поле', 'Unknown field'));
		const name = raw.name;
		if (typeof name !== 'string' || name.trim() === '') complaints.add(`${at}.name`, REQUIRED);
		else if ([...name].length > ITEM_NAME_MAX)
			complaints.add(`${at}.name`, text('Най-много 300 знака', 'At most 300 characters'));
		if (typeof raw.quantity_unit !== 'string' || raw.quantity_unit.trim() === '')
			complaints.add(`${at}.quantity_unit`, REQUIRED);
		const number = (key: string, positive: boolean) => {
			const field = raw[key];
			if (typeof field !== 'number' || !Number.isFinite(field))
				return void complaints.add(`${at}.${key}`, text('Стойността трябва да е число', 'The value must be a number'));
			return checkDecimal(complaints, `${at}.${key}`, field, { scale: 4, positive, min: 0 });
		};
		const quantity = number('quantity', true);
		const price = number('price', false);
		const vatPercent = raw.vat_percent;
		if (vatPercent !== undefined && vatPercent !== null && !VAT_PERCENTS.includes(vatPercent as number)) {
			complaints.add(`${at}.vat_percent`, NOT_ALLOWED);
		}
		const item = {
			name: String(name),
			quantity: quantity ?? 0,
			quantity_unit: String(raw.quantity_unit),
			price: price ?? 0,
			vat_percent: typeof vatPercent === 'number' ? vatPercent : null,
		};
		return [item];
	});
}

function readVat(value: unknown, complaints: Complaints): InvoiceRecord['vat'] | undefined {
	if (!isObject(value)) return void complaints.add('vat', NOT_ALLOWED);
	if (!VAT_PERCENTS.includes(value.percent as number)) complaints.add('vat.percent', NOT_ALLOWED);
	const reason = value.reason_without;
	if (reason !== undefined && reason !== null && typeof reason !== 'string')
		complaints.add('vat.reason_without', NOT_ALLOWED);
	return {
		percent: value.percent as number,
		reason_without: typeof reason === 'string' && reason.trim() !== '' ? reason : null,
	};
}

function readRelated(store: InvBgStore, value: unknown, complaints: Complaints): RelatedInvoice | null | undefined {
	if (value === null) return null;
	if (!isObject(value)) return void complaints.add('related_invoice', NOT_ALLOWED);
	const { id, number, date } = value;
	if (typeof number !== 'string' || !NUMBER_PATTERN.test(number)) complaints.add('related_invoice.number', REQUIRED);
	if (!isIsoDate(date))
		complaints.add(
			'related_invoice.date',
			text('Датата трябва да е във формат ГГГГ-ММ-ДД', 'The date must be YYYY-MM-DD'),
		);
	if (id !== undefined && id !== null) {
		const related = store.invoices.find(id);
		// INFERRED: a note refers to a tax invoice, and the number it quotes must be that invoice's.
		if (related === undefined || related.type !== 'dan')
			complaints.add('related_invoice.id', text('Няма такава фактура', 'No such invoice'));
		else if (typeof number === 'string' && padNumber(number) !== related.number) {
			complaints.add(
				'related_invoice.number',
				text('Номерът не съвпада с фактурата', 'The number does not match the invoice'),
			);
		}
	}
	return {
		id: typeof id === 'number' ? id : null,
		number: typeof number === 'string' ? padNumber(number) : '',
		date: String(date),
	};
}

function readReduction(value: unknown, complaints: Complaints): InvoiceRecord['reduction'] | undefined {
	if (value === null) return null;
	if (!isObject(value) || (value.type !== 'currency' && value.type !== 'percent'))
		return void complaints.add('reduction.type', NOT_ALLOWED);
	if (typeof value.value !== 'number') return void complaints.add('reduction.value', NOT_ALLOWED);
	const amount = checkDecimal(complaints, 'reduction.value', value.value, { scale: 2, min: 0 });
	if (value.type === 'percent' && value.value > 100) complaints.add('reduction.value', NOT_ALLOWED);
	return amount === undefined ? undefined : { type: value.type, value: amount };
}

function readBankAccounts(store: InvBgStore, value: unknown, complaints: Complaints): number[] | undefined {
	const usable = (id: unknown) => {
		const account = store.bankAccounts.find(id);
		return typeof id === 'number' && account !== undefined && account.deleted === 0;
	};
	if (!Array.isArray(value) || !value.every(usable))
		return void complaints.add('bank_accounts', text('Няма такава банкова сметка', 'No such bank account'));
	return value as number[];
}

/** The recipient from `client_id`, before the body's own `to_*` fields (INFERRED: those win). */
function recipientFromClient(store: InvBgStore, next: InvoiceRecord, clientId: unknown, complaints: Complaints): void {
	const client = typeof clientId === 'number' ? store.clients.find(clientId) : undefined;
	if (client === undefined) return void complaints.add('client_id', text('Няма такъв клиент', 'No such client'));
	Object.assign(next, {
		client_id: client.id,
		to_name: client.name,
		to_town: client.town,
		to_address: client.address,
		to_country: client.country,
		to_mol: client.mol,
		to_bulstat: client.bulstat,
		to_is_reg_vat: client.is_reg_vat,
		to_vat_number: client.vat_number,
		is_to_person: client.is_person,
		to_egn: client.egn,
	});
}

function readRecipient(store: InvBgStore, fields: FieldReader, next: InvoiceRecord): void {
	const { body, complaints } = fields;
	if (body.client_id !== undefined && body.client_id !== null)
		recipientFromClient(store, next, body.client_id, complaints);
	for (const key of RECIPIENT_TEXT_FIELDS) {
		const value = fields.text(key, { max: 300 });
		if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
	}
	const bulstat = fields.text('to_bulstat', { pattern: BULSTAT, patternText: BULSTAT_TEXT });
	if (bulstat !== undefined) next.to_bulstat = bulstat;
	const country = fields.text('to_country', { pattern: ALPHA2, patternText: COUNTRY_TEXT });
	if (country !== undefined) next.to_country = country;
	const egn = fields.text('to_egn', { pattern: EGN, patternText: EGN_TEXT });
	if (egn !== undefined) next.to_egn = egn;
	next.to_is_reg_vat = fields.bool('to_is_reg_vat') ?? next.to_is_reg_vat;
	next.is_to_person = fields.bool('is_to_person') ?? next.is_to_person;
	if (!next.to_name && !complaints.has('client_id')) complaints.add('to_name', REQUIRED);
}

function readTerms(fields: FieldReader, next: InvoiceRecord, store: InvBgStore): void {
	// INFERRED: the issue date defaults to today and the tax event to the issue date.
	next.date_create = fields.date('date_create') || next.date_create || store.today;
	next.date_event = fields.date('date_event') || next.date_event || next.date_create;
	const mature = fields.date('date_mature');
	if (mature !== undefined) next.date_mature = mature;
	next.payment_method =
		fields.oneOf(
			'payment_method',
			PAYMENT_METHODS.map((method) => method.code),
		) ?? next.payment_method;
	// Bulgaria has used the euro since 1 January 2026: the fake refuses an invoice that does not say its currency.
	const currency = fields.text('payment_currency', { required: true, pattern: CURRENCY });
	const currencyChanged = currency && currency !== next.payment_currency;
	if (currency) next.payment_currency = currency;
	const rate = fields.decimal('currency_rate', { scale: 6, positive: true });
	if (rate !== undefined) next.currency_rate = rate;
	// A new currency needs its own rate; the old one's would be silently wrong.
	else if (currencyChanged) next.currency_rate = null;
	if (next.payment_currency === 'EUR') next.currency_rate = 1;
	else if (next.currency_rate === null && !fields.complaints.has('payment_currency'))
		fields.complaints.add('currency_rate', REQUIRED);
	const notes = fields.text('notes', { max: 2000 });
	if (notes !== undefined) next.notes = notes;
	const poNumber = fields.text('po_number', { max: 100 });
	if (poNumber !== undefined) next.po_number = poNumber;
}

function readContent(store: InvBgStore, fields: FieldReader, next: InvoiceRecord): void {
	const { body, complaints } = fields;
	if (body.vat !== undefined) next.vat = readVat(body.vat, complaints) ?? next.vat;
	next.items_with_vat = fields.flag('items_with_vat') ?? next.items_with_vat;
	if (body.items !== undefined || fields.creating) next.items = readItems(body.items, complaints) ?? next.items;
	if (body.related_invoice !== undefined)
		next.related_invoice = readRelated(store, body.related_invoice, complaints) ?? next.related_invoice;
	if (body.reduction !== undefined) next.reduction = readReduction(body.reduction, complaints) ?? next.reduction;
	if (body.bank_accounts !== undefined)
		next.bank_accounts = readBankAccounts(store, body.bank_accounts, complaints) ?? next.bank_accounts;
	const rates = [next.vat.percent, ...next.items.map((item) => item.vat_percent ?? next.vat.percent)];
	if (rates.includes(0) && next.vat.reason_without === null && !complaints.has('vat.percent')) {
		complaints.add(
			'vat.reason_without',
			text('Посочете основание за неначисляване на ДДС', 'Give the reason for charging no VAT'),
		);
	}
	if (NOTE_TYPES.includes(next.type) && next.related_invoice === null) complaints.add('related_invoice', REQUIRED);
	if (!NOTE_TYPES.includes(next.type) && next.related_invoice !== null) {
		complaints.add('related_invoice', text('Само за дебитни и кредитни известия', 'Only for debit and credit notes'));
	}
}

function readNumber(store: InvBgStore, fields: FieldReader, next: InvoiceRecord): void {
	const number = fields.text('number', {
		pattern: NUMBER_PATTERN,
		patternText: text('Номерът е до 10 цифри', 'The number is up to 10 digits'),
	});
	if (number) next.number = padNumber(number);
	if (fields.complaints.has('number')) return;
	if (next.number === '') next.number = nextNumber(store, next.type);
	else if (isNumberTaken(store, next.type, next.number, next.id))
		fields.complaints.add('number', text('Номерът вече е зает', 'The number is already taken'));
}

function readStates(fields: FieldReader, next: InvoiceRecord, before: InvoiceRecord | undefined): void {
	const { complaints } = fields;
	const draft = fields.flag('is_draft');
	const annulled = fields.flag('is_annulled');
	// INFERRED: an issued invoice does not go back to being a draft, and an annulment is final.
	if (draft === 1 && before !== undefined && before.is_draft === 0) complaints.add('is_draft', NOT_ALLOWED);
	if (annulled === 1 && before === undefined) complaints.add('is_annulled', NOT_ALLOWED);
	if (annulled === 0 && before?.is_annulled === 1) complaints.add('is_annulled', NOT_ALLOWED);
	if (draft !== undefined) next.is_draft = draft;
	if (annulled !== undefined) next.is_annulled = annulled;
}

function blankInvoice(createdAt: string): InvoiceRecord {
	return {
		id: 0,
		number: '',
		type: 'dan',
		status: 'unpaid',
		is_draft: 0,
		is_annulled: 0,
		client_id: null,
		to_name: '',
		to_town: null,
		to_address: null,
		to_country: null,
		to_mol: null,
		to_bulstat: null,
		to_is_reg_vat: false,
		to_vat_number: null,
		is_to_person: false,
		to_egn: null,
		date_create: '',
		date_event: '',
		date_mature: null,
		payment_method: 'bank',
		payment_currency: '',
		currency_rate: null,
		vat: { percent: 20, reason_without: null },
		items_with_vat: 0,
		items: [],
		related_invoice: null,
		reduction: null,
		bank_accounts: [],
		notes: null,
		po_number: null,
		payment_amount_base: 0,
		payment_amount_vat: 0,
		payment_amount_total: 0,
		balance_paid: 0,
		balance_due: 0,
		created_at: createdAt,
	};
}

/** `body` over `before` (a PATCH) or over a blank invoice (a create); throws a 422 naming every bad field. */
function write(store: InvBgStore, body: unknown, before: InvoiceRecord | undefined): InvoiceRecord {
	const creating = before === undefined;
	const fields = new FieldReader(objectBody(body), new Complaints(), creating);
	const { complaints } = fields;
	if (before?.is_annulled === 1) throw refuse('is_annulled', ANNULLED);
	fields.onlyKnown(KNOWN, READ_ONLY);
	const next: InvoiceRecord = before ? structuredClone(before) : blankInvoice(new Date(store.now()).toISOString());
	const type = fields.oneOf('type', INVOICE_TYPES);
	// INFERRED: a document keeps its type; a different one is a new document.
	if (type && before && type !== before.type) complaints.add('type', NOT_ALLOWED);
	else if (type) next.type = type;
	readStates(fields, next, before);
	readRecipient(store, fields, next);
	readTerms(fields, next, store);
	readContent(store, fields, next);
	const status = fields.oneOf('status', ['paid', 'unpaid'] as const);
	complaints.throwIfAny();
	readNumber(store, fields, next);
	settle(store, next, status, complaints);
	complaints.throwIfAny();
	return next;
}

function settle(
	store: InvBgStore,
	next: InvoiceRecord,
	status: 'paid' | 'unpaid' | null | undefined,
	complaints: Complaints,
): void {
	const lines = next.items.map((item) => ({
		rate: item.vat_percent ?? next.vat.percent,
		amount: lineAmount(item.quantity, item.price),
	}));
	let totals: Totals;
	try {
		totals = documentTotals(lines, next.items_with_vat === 1, next.reduction);
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		return complaints.add(
			'reduction.value',
			text('Отстъпката е по-голяма от сумата', 'The reduction is more than the amount'),
		);
	}
	if (!applyTotals(store, next, totals, status ?? undefined)) {
		complaints.add('items', text('Сумата е по-малка от платеното', 'The total is less than what has been paid'));
	}
}

/** Same rules as POST /invoices; throws InvBgError when they fail. */
export function createInvoice(store: InvBgStore, body: unknown): InvoiceRecord {
	const invoice = write(store, body, undefined);
	return store.invoices.insert({ ...invoice, id: store.invoices.allocateId() });
}

export function updateInvoice(store: InvBgStore, invoice: InvoiceRecord, body: unknown): void {
	Object.assign(invoice, write(store, body, invoice));
}
