/**
 * Reading a whole document (create, update, seed) by the RR page's field table, and the store operations
 * on it. Required: dateCreate, number, language, data, personBuy, personSell, currency, payKind, payTime,
 * products (docs/services/afaktury.md, Document fields). Totals, `toPay` and the history arrays are
 * computed; INFERRED: when sent they are ignored, as read-only columns.
 */
import { randomBytes } from 'node:crypto';
import { formatMoney } from '../common/decimal';
import { AfakturyError, MESSAGE, Problems } from './envelope';
import {
	isAbsent,
	readDate,
	readEntryId,
	readInteger,
	readMoney,
	readText,
	refuseUnknown,
} from './fields';
import type { Input } from './input';
import { readLines } from './lines';
import type { DocumentModule } from './modules';
import { readParty } from './parties';
import type { AfakturyStore, DocumentRecord } from './store';

const LONG_TEXT = 65535;

const TEXTS: Record<string, number> = {
	number: 63,
	place: 31,
	language: 7,
	// Listed twice on the page, with 7 and 15; the longer wins.
	typeJPK: 15,
	noOrder: 63,
	annotation: LONG_TEXT,
	info: LONG_TEXT,
	footer: LONG_TEXT,
	documentHeader: LONG_TEXT,
	documentFooter: LONG_TEXT,
	documentInfo: LONG_TEXT,
	footerIconPath1: 63,
	footerIconPath2: 63,
	footerIconPath3: 63,
	logoPath: 255,
	signPath: 255,
	personPut: 63,
	personGet: 63,
	exchangeNumber: 31,
};
const REQUIRED_TEXTS = new Set(['number', 'language']);
const DATES = ['dateCreate', 'dateSell', 'dateEnd', 'exchangeDate'];
/** Foreign keys into the account's dictionaries, with whether the document needs them. */
const ENTRY_IDS = [
	{ name: 'data', module: 'data', required: true },
	{ name: 'currency', module: 'currency', required: true },
	{ name: 'payKind', module: 'payKind', required: true },
	{ name: 'payTime', module: 'payTime', required: true },
	{ name: 'delivery', module: 'delivery', required: false },
	{ name: 'exchangeCurrency', module: 'currency', required: false },
] as const;
/** INFERRED: client, postscript and status modules are not simulated, so any positive id is taken. */
const OTHER_IDS = ['client', 'postscript', 'status'];
const COMPUTED = ['id', 'netto', 'vat', 'brutto', 'toPay', 'payDates', 'sendMailDates', 'sendSMSDates', 'editDates', 'user'];
const KNOWN = new Set([
	...Object.keys(TEXTS),
	...DATES,
	...ENTRY_IDS.map((entry) => entry.name),
	...OTHER_IDS,
	...COMPUTED,
	'personBuy',
	'personSell',
	'personBranch',
	'personPay',
	'products',
	'payed',
	'exchangeRate',
	'exchangeMulti',
	'procedureJPK',
]);

type Draft = Omit<DocumentRecord, 'id' | 'hash' | 'payDates' | 'sendMailDates' | 'editDates'>;

function readScalars(problems: Problems, input: Input, store: AfakturyStore): DocumentRecord['fields'] {
	const fields: DocumentRecord['fields'] = {};
	for (const [name, max] of Object.entries(TEXTS)) fields[name] = readText(problems, input, name, max, REQUIRED_TEXTS.has(name));
	for (const name of DATES) fields[name] = readDate(problems, input, name, name === 'dateCreate');
	for (const { name, module, required } of ENTRY_IDS) {
		fields[name] = readEntryId(problems, input, name, store.dictionaries, module, required);
	}
	for (const name of OTHER_IDS) fields[name] = readInteger(problems, input, name, 1);
	const rate = readMoney(problems, input, 'exchangeRate', 0n);
	fields.exchangeRate = isAbsent(input.exchangeRate) || rate === null ? null : String(input.exchangeRate);
	fields.exchangeMulti = readInteger(problems, input, 'exchangeMulti', 1);
	return fields;
}

function readProcedures(problems: Problems, input: Input): void {
	const value = input.procedureJPK;
	if (isAbsent(value)) return;
	if (!Array.isArray(value) || !value.every((marker) => typeof marker === 'string')) {
		problems.add('procedureJPK', 'must be an array of texts');
	}
}

function readDraft(store: AfakturyStore, module: DocumentModule, input: Input): Draft {
	const problems = new Problems();
	refuseUnknown(problems, input, KNOWN);
	const fields = readScalars(problems, input, store);
	readProcedures(problems, input);
	const personBuy = readParty(problems, input, 'personBuy', true);
	const personSell = readParty(problems, input, 'personSell', true);
	const personBranch = readParty(problems, input, 'personBranch', false);
	const personPay = readParty(problems, input, 'personPay', false);
	const lines = readLines(problems, input, store, module);
	const payed = readMoney(problems, input, 'payed', 0n) ?? 0n;
	problems.throwIfAny();
	const source = Object.fromEntries(Object.entries(input).filter(([name]) => !COMPUTED.includes(name)));
	return {
		module,
		source,
		fields,
		personBuy: personBuy ?? {},
		personSell: personSell ?? {},
		personBranch,
		personPay,
		lines,
		netto: lines.reduce((sum, line) => sum + line.lineNetto, 0n),
		vat: lines.reduce((sum, line) => sum + line.lineVat, 0n),
		brutto: lines.reduce((sum, line) => sum + line.lineBrutto, 0n),
		payed,
	};
}

const HASH_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 10 characters, like the page's `abcdefghij` and `12345678ab`. */
function newHash(store: AfakturyStore, module: DocumentModule): string {
	for (;;) {
		const hash = [...randomBytes(10)].map((byte) => HASH_ALPHABET[byte % HASH_ALPHABET.length]).join('');
		if (!store.documents[module].has(hash)) return hash;
	}
}

function numberLines(store: AfakturyStore, draft: Draft): void {
	for (const line of draft.lines) line.id = store.nextLineId++;
}

export function timestamp(store: AfakturyStore): string {
	return `${store.today} ${new Date().toISOString().slice(11, 19)}`;
}

export function createDocument(store: AfakturyStore, module: DocumentModule, input: Input): DocumentRecord {
	const problems = new Problems();
	if (!isAbsent(input.hash)) problems.add('hash', 'is given by the service on create');
	problems.throwIfAny();
	const draft = readDraft(store, module, input);
	numberLines(store, draft);
	const record: DocumentRecord = {
		...draft,
		id: store.nextDocumentId[module]++,
		hash: newHash(store, module),
		payDates: [],
		sendMailDates: [],
		editDates: [],
	};
	store.documents[module].set(record.hash, record);
	return record;
}

export function findDocument(store: AfakturyStore, module: DocumentModule, hash: unknown): DocumentRecord {
	if (isAbsent(hash)) throw new AfakturyError([`hash: ${MESSAGE.EMPTY}`]);
	const record = typeof hash === 'string' ? store.documents[module].get(hash) : undefined;
	if (record === undefined) throw new AfakturyError([MESSAGE.NOT_FOUND]);
	return record;
}

/**
 * INFERRED: the page's update sample sends the whole object; the sandbox also takes a part of it, merged over
 * the stored document (products replaced whole) and checked again as a whole. `payed` sent here replaces
 * the paid amount; registered payments stay in `payDates`.
 */
export function updateDocument(store: AfakturyStore, module: DocumentModule, input: Input): DocumentRecord {
	const record = findDocument(store, module, input.hash);
	const changes: Input = { ...input };
	delete changes.hash;
	const merged: Input = { ...record.source, ...changes };
	if (changes.payed === undefined) merged.payed = formatMoney(record.payed);
	const draft = readDraft(store, module, merged);
	numberLines(store, draft);
	Object.assign(record, draft);
	record.editDates.push(timestamp(store));
	return record;
}

export function deleteDocument(store: AfakturyStore, module: DocumentModule, input: Input): void {
	const record = findDocument(store, module, input.hash);
	store.documents[module].delete(record.hash);
}
