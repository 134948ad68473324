/**
 * Contractors (docs/services/ifirma.md, Contractors): create, full-replace update, search, and the
 * resolution every document issue goes through (Pro forma page, "Wykorzystanie danych kontrahenta
 * istniejącego w bazie").
 */
import { IfirmaError, KOD } from './envelope';
import type { Endpoint } from './endpoint';
import { ok, route } from './endpoint';
import type { Fields } from './shape';
import { checkShape } from './shape';
import type { ContractorRecord, IfirmaStore } from './store';
import { FieldReader, lengthOf, Problems, REQUIRED } from './validation';

type TextField = Exclude<
	keyof ContractorRecord,
	'Identyfikator' | 'OsobaFizyczna' | 'JestOdbiorca' | 'JestDostawca' | 'PodmiotPowiazany'
>;
type FlagField = 'OsobaFizyczna' | 'JestOdbiorca' | 'JestDostawca' | 'PodmiotPowiazany';

/**
 * Limits of the Contractor pages and the Pro forma page. The correspondence address and the second phone
 * numbers are undocumented and take their main twin's limit (INFERRED).
 */
const TEXT_FIELDS: ReadonlyArray<[TextField, number, boolean]> = [
	['Nazwa', 150, true],
	['Nazwa2', 150, false],
	['PrefiksUE', 2, false],
	['NIP', 13, false],
	['Ulica', 65, false],
	['KodPocztowy', 16, true],
	['Kraj', 70, false],
	['KodKraju', 2, false],
	['Miejscowosc', 65, true],
	['AdresKorespondencyjnyUlica', 65, false],
	['AdresKorespondencyjnyKodPocztowy', 16, false],
	['AdresKorespondencyjnyKraj', 70, false],
	['AdresKorespondencyjnyMiejscowosc', 65, false],
	['Email', 65, false],
	['EmailDlaFaktury', 65, false],
	['Telefon', 32, false],
	['DrugiTelefon', 32, false],
	['Faks', 32, false],
];

/** Documented defaults: false (Pro forma page, "domyślnie: false"). */
const FLAG_FIELDS: readonly FlagField[] = ['OsobaFizyczna', 'JestOdbiorca', 'JestDostawca', 'PodmiotPowiazany'];

export const CONTRACTOR_FIELDS: Fields = {
	Identyfikator: 'string',
	...Object.fromEntries(TEXT_FIELDS.map(([name]) => [name, 'string'])),
	...Object.fromEntries(FLAG_FIELDS.map((name) => [name, 'boolean'])),
};

const MAX_IDENTIFIER = 15;
const MAX_SEARCH_RESULTS = 20;
/** INFERRED: ifirma checks e-mail addresses somehow; this is the loosest rule that still means an address. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A contractor as validated, before it has its identifier. */
export type ContractorDraft = Omit<ContractorRecord, 'Identyfikator'> & { Identyfikator: string | null };

/** Reads the contractor fields of `source`; problems are reported under `prefix` (`Kontrahent.`). */
export function readContractor(
	store: IfirmaStore,
	source: Record<string, unknown>,
	problems: Problems,
	prefix = '',
): ContractorDraft {
	const reader = new FieldReader(source, problems, prefix);
	const identifier = reader.text('Identyfikator', { max: MAX_IDENTIFIER }) || null;
	if (identifier !== null && store.contractors.has(identifier)) {
		reader.fail('Identyfikator', `kontrahent o identyfikatorze "${identifier}" już istnieje`);
	}
	// A required field left null here is already a reported problem, so the draft is never stored.
	const texts = Object.fromEntries(
		TEXT_FIELDS.map(([name, max, required]) => [name, reader.text(name, { required, max }) ?? null]),
	) as Pick<ContractorRecord, TextField>;
	const flags = Object.fromEntries(FLAG_FIELDS.map((name) => [name, reader.flag(name) ?? false])) as Pick<
		ContractorRecord,
		FlagField
	>;
	const draft: ContractorDraft = { Identyfikator: identifier, ...texts, ...flags };
	if (draft.KodKraju && lengthOf(draft.KodKraju) <= 2 && !/^[A-Za-z]{2}$/.test(draft.KodKraju)) {
		reader.fail('KodKraju', 'wymagane 2 litery (ISO 3166-1 alfa-2)');
	}
	for (const name of ['Email', 'EmailDlaFaktury'] as const) {
		const address = draft[name];
		if (address && !EMAIL.test(address)) reader.fail(name, 'nieprawidłowy adres e-mail');
	}
	return draft;
}

function asciiUpper(text: string): string {
	return text
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.normalize('NFD')
		.replace(/[^A-Za-z0-9]/g, '')
		.toUpperCase();
}

/** INFERRED: the generated identifier is the name in capitals without spaces or accents, numbered on a clash. */
function generatedIdentifier(store: IfirmaStore, name: string): string {
	const base = asciiUpper(name).slice(0, MAX_IDENTIFIER) || 'KONTRAHENT';
	if (!store.contractors.has(base)) return base;
	for (let counter = 2; ; counter += 1) {
		const suffix = String(counter);
		const candidate = `${base.slice(0, MAX_IDENTIFIER - suffix.length)}${suffix}`;
		if (!store.contractors.has(candidate)) return candidate;
	}
}

export function insertContractor(store: IfirmaStore, draft: ContractorDraft): ContractorRecord {
	const identifier = draft.Identyfikator ?? generatedIdentifier(store, draft.Nazwa);
	const record: ContractorRecord = { ...draft, Identyfikator: identifier };
	store.contractors.set(record.Identyfikator, record);
	return record;
}

/** POST kontrahenci.json, and the seed helper. */
export function createContractor(store: IfirmaStore, body: unknown): ContractorRecord {
	const fields = checkShape(body, CONTRACTOR_FIELDS);
	const problems = new Problems();
	const draft = readContractor(store, fields, problems);
	problems.throwIfAny();
	return insertContractor(store, draft);
}

/** Full replace: whatever the body omits is erased; the identifier stays (Contractor pages). */
function updateContractor(store: IfirmaStore, identifier: string, body: unknown): ContractorRecord {
	const existing = store.contractors.get(identifier);
	if (existing === undefined) throw new IfirmaError(KOD.NO_ACCESS, 'Nie znaleziono kontrahenta');
	const fields = checkShape(body, CONTRACTOR_FIELDS);
	const problems = new Problems();
	// Read without the identifier, which would otherwise clash with the record being replaced.
	const { Identyfikator: given, ...rest } = fields;
	const draft = readContractor(store, rest, problems);
	if (typeof given === 'string' && given !== '' && given !== identifier) {
		problems.add('Identyfikator', 'identyfikatora kontrahenta nie można zmienić');
	}
	problems.throwIfAny();
	const record: ContractorRecord = { ...draft, Identyfikator: identifier };
	store.contractors.set(identifier, record);
	return record;
}

/** NIPs are compared as digits and letters only, so `123-456-32-18` finds `1234563218` (INFERRED). */
export function normalizedNip(nip: string | null | undefined): string {
	return (nip ?? '').replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** Identifier, name or NIP containing the phrase, case-insensitive; at most 20 (Contractor pages). */
function searchContractors(store: IfirmaStore, phrase: string): ContractorRecord[] {
	const needle = phrase.toLocaleLowerCase('pl');
	const nipNeedle = normalizedNip(phrase);
	return [...store.contractors.values()]
		.filter(
			(contractor) =>
				contractor.Identyfikator.toLocaleLowerCase('pl').includes(needle) ||
				contractor.Nazwa.toLocaleLowerCase('pl').includes(needle) ||
				(contractor.NIP ?? '').toLocaleLowerCase('pl').includes(needle) ||
				(nipNeedle !== '' && normalizedNip(contractor.NIP).includes(nipNeedle)),
		)
		.slice(0, MAX_SEARCH_RESULTS);
}

export type Resolution = { existing: ContractorRecord } | { draft: ContractorDraft };

function matchByNip(store: IfirmaStore, prefix: string | undefined, nip: string): ContractorRecord | undefined {
	const wanted = normalizedNip(nip);
	return [...store.contractors.values()].find((contractor) => {
		if (normalizedNip(contractor.NIP) !== wanted) return false;
		const theirs = (contractor.PrefiksUE ?? '').toUpperCase();
		return prefix ? theirs === prefix.toUpperCase() : theirs === '' || theirs === 'PL';
	});
}

/**
 * The Pro forma page's four steps: identifier, then EU prefix + NIP (no prefix: among contractors with none
 * or `PL`), then a new contractor from `Kontrahent`, else an error. Nothing is created here: a document that
 * fails validation must not leave a contractor behind.
 */
export function resolveContractor(
	store: IfirmaStore,
	body: Record<string, unknown>,
	problems: Problems,
): Resolution | undefined {
	const reader = new FieldReader(body, problems);
	const identifier = reader.text('IdentyfikatorKontrahenta', { max: MAX_IDENTIFIER });
	const prefix = reader.text('PrefiksUEKontrahenta', { max: 2 });
	const nip = reader.text('NIPKontrahenta', { max: 13 });
	const byIdentifier = identifier ? store.contractors.get(identifier) : undefined;
	if (byIdentifier) return { existing: byIdentifier };
	const byNip = nip ? matchByNip(store, prefix, nip) : undefined;
	if (byNip) return { existing: byNip };
	const data = body.Kontrahent;
	if (typeof data !== 'object' || data === null) {
		problems.add('Kontrahent', `${REQUIRED} (nie znaleziono kontrahenta po identyfikatorze ani po NIP)`);
		return undefined;
	}
	return { draft: readContractor(store, data as Record<string, unknown>, problems, 'Kontrahent.') };
}

export function contractorOf(store: IfirmaStore, resolution: Resolution): ContractorRecord {
	return 'existing' in resolution ? resolution.existing : insertContractor(store, resolution.draft);
}

export const contractorEndpoints: readonly Endpoint[] = [
	route('POST', '/iapi/kontrahenci.json', ({ store, body }) =>
		// INFERRED text; the identifier as `Wynik` is documented.
		ok('Dodano kontrahenta', { Wynik: createContractor(store, body).Identyfikator }),
	),
	route('PUT', '/iapi/kontrahenci/:identifier.json', ({ store, body, params }) =>
		ok('Zaktualizowano kontrahenta', { Wynik: updateContractor(store, params.identifier ?? '', body).Identyfikator }),
	),
	route('GET', '/iapi/kontrahenci/:phrase.json', ({ store, params }) => {
		const found = searchContractors(store, params.phrase ?? '');
		// INFERRED texts; the 208 code for "nothing found" is documented.
		if (found.length === 0) throw new IfirmaError(KOD.NO_CONTRACTOR_FOUND, 'Nie znaleziono kontrahenta');
		return ok('Znaleziono kontrahentów', { Wynik: found.map((contractor) => ({ ...contractor })) });
	}),
];
