/**
 * Clients: `/clients` CRUD (docs/services/invbg.md, "Clients"). Field names from third-party QA code
 * that runs against the real API; which rules the service applies to them is INFERRED.
 */
import { crudEndpoints, exactFilter } from './crud';
import { Complaints, text } from './errors';
import { ALPHA2, FieldReader, objectBody } from './fields';
import type { ClientRecord, InvBgStore } from './store';

const TEXT_FIELDS = [
	'town',
	'address',
	'mol',
	'code',
	'office',
	'delivery_address',
	'name_en',
	'town_en',
	'address_en',
	'mol_en',
] as const;
const KNOWN = ['name', 'bulstat', 'is_reg_vat', 'vat_number', 'is_person', 'egn', 'country', ...TEXT_FIELDS];

export const BULSTAT = /^(\d{9}|\d{13})$/;
const BG_VAT_NUMBER = /^BG\d{9,10}$/;
const FOREIGN_VAT_NUMBER = /^[A-Z]{2}[0-9A-Z]{2,13}$/;
export const EGN = /^\d{10}$/;
export const BULSTAT_TEXT = text('ЕИК трябва да е 9 или 13 цифри', 'The EIK must be 9 or 13 digits');
export const EGN_TEXT = text('ЕГН трябва да е 10 цифри', 'The EGN must be 10 digits');
export const COUNTRY_TEXT = text(
	'Държавата трябва да е двубуквен код (BG)',
	'The country must be a two-letter code (BG)',
);
const VAT_NUMBER_TEXT = text('Невалиден ДДС номер', 'Invalid VAT number');

/** Applies `body` over `record` (empty for a create), or throws a 422 naming every bad field. */
function write(store: InvBgStore, record: ClientRecord, body: unknown, creating: boolean): ClientRecord {
	const fields = new FieldReader(objectBody(body), new Complaints(), creating);
	fields.onlyKnown(KNOWN, ['id']);
	const next: ClientRecord = { ...record };
	const set = <K extends keyof ClientRecord>(key: K, value: ClientRecord[K] | undefined) => {
		if (value !== undefined) next[key] = value;
	};
	set('name', fields.text('name', { required: true, max: 300 }) ?? undefined);
	set('bulstat', fields.text('bulstat', { pattern: BULSTAT, patternText: BULSTAT_TEXT }));
	set('is_reg_vat', fields.bool('is_reg_vat') ?? undefined);
	set('is_person', fields.bool('is_person') ?? undefined);
	set('egn', fields.text('egn', { pattern: EGN, patternText: EGN_TEXT }));
	set('country', fields.text('country', { pattern: ALPHA2, patternText: COUNTRY_TEXT }));
	set('vat_number', fields.text('vat_number'));
	for (const key of TEXT_FIELDS) set(key, fields.text(key, { max: 300 }));
	const complaints = fields.complaints;
	const vatPattern = next.country === null || next.country === 'BG' ? BG_VAT_NUMBER : FOREIGN_VAT_NUMBER;
	if (next.vat_number !== null && !complaints.has('vat_number') && !vatPattern.test(next.vat_number)) {
		complaints.add('vat_number', VAT_NUMBER_TEXT);
	}
	// INFERRED: a VAT-registered client needs its VAT number, as the invoice must print it.
	if (next.is_reg_vat && next.vat_number === null)
		complaints.add('vat_number', text('Полето е задължително', 'The field is required'));
	// INFERRED: `code` is the firm's own unique key for a client (third-party: "own unique code").
	if (next.code !== null && store.clients.all().some((other) => other.id !== next.id && other.code === next.code)) {
		complaints.add('code', text('Кодът вече се използва', 'The code is already in use'));
	}
	complaints.throwIfAny();
	return next;
}

function blankClient(id: number): ClientRecord {
	return {
		id,
		name: '',
		town: null,
		address: null,
		bulstat: null,
		is_reg_vat: false,
		vat_number: null,
		mol: null,
		is_person: false,
		egn: null,
		country: null,
		code: null,
		office: null,
		delivery_address: null,
		name_en: null,
		town_en: null,
		address_en: null,
		mol_en: null,
	};
}

/** Same rules as POST /clients; throws InvBgError when they fail. */
export function createClient(store: InvBgStore, body: unknown): ClientRecord {
	const client = write(store, blankClient(0), body, true);
	return store.clients.insert({ ...client, id: store.clients.allocateId() });
}

export const clientEndpoints = crudEndpoints<ClientRecord>({
	collection: '/clients',
	rowsKey: 'clients',
	table: (store) => store.clients,
	// Filter names are INFERRED from third-party MCP pages.
	filter: (rows, query) => {
		const byNumbers = exactFilter(
			exactFilter(rows, query, 'bulstat', (row) => row.bulstat),
			query,
			'vat_number',
			(row) => row.vat_number,
		);
		const name = query.name;
		// INFERRED: a name filter finds a part of the name, ignoring case.
		return typeof name === 'string'
			? byNumbers.filter((row) => row.name.toLowerCase().includes(name.toLowerCase()))
			: byNumbers;
	},
	create: createClient,
	update: (store, record, body) => Object.assign(record, write(store, record, body, false)),
});
