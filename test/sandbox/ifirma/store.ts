/**
 * One sandbox account's data. Each sandbox builds its own store, so parallel tests never share state.
 * Money leaves the store as JSON numbers, as ifirma writes it; it is computed in bigint cents elsewhere.
 */
import { Sequence, Table } from '../common/table';
import type { KeyName } from './signature';

export interface ContractorRecord {
	Identyfikator: string;
	Nazwa: string;
	Nazwa2: string | null;
	PrefiksUE: string | null;
	NIP: string | null;
	Ulica: string | null;
	KodPocztowy: string;
	Kraj: string | null;
	KodKraju: string | null;
	Miejscowosc: string;
	AdresKorespondencyjnyUlica: string | null;
	AdresKorespondencyjnyKodPocztowy: string | null;
	AdresKorespondencyjnyKraj: string | null;
	AdresKorespondencyjnyMiejscowosc: string | null;
	Email: string | null;
	EmailDlaFaktury: string | null;
	Telefon: string | null;
	DrugiTelefon: string | null;
	Faks: string | null;
	OsobaFizyczna: boolean;
	JestOdbiorca: boolean;
	JestDostawca: boolean;
	PodmiotPowiazany: boolean;
}

export interface Totals {
	net: number;
	vat: number;
	gross: number;
}

export interface DocumentRecord {
	/** The `Identyfikator` returned on create: a string of digits, one sequence for every type. */
	id: string;
	/** The endpoint the document was issued on, e.g. `fakturakraj`. */
	type: string;
	/** The `Rodzaj` code, e.g. `prz_faktura_kraj`. */
	kind: string;
	/** Numbering series: the type, or `KOR` for corrections. */
	series: string;
	number: number;
	/** e.g. `1/2026`, `KOR/1/2026`. */
	fullNumber: string;
	issueDate: string;
	saleDate: string | null;
	dueDate: string | null;
	currency: string;
	/** The request fields as sent and accepted (for a correction: its own fields over the original's). */
	body: Record<string, unknown>;
	/** The buyer as resolved at issue time; later edits of the contractor do not reach issued documents. */
	contractor: ContractorRecord;
	totals: Totals;
	/** `Zaplacono` of the request plus every registered payment. */
	paid: number;
	sent: boolean;
	/** Pro forma: `NumerZamowienia`. */
	orderNumber: string | null;
	/** Invoice issued from a pro forma: that pro forma's id. */
	proformaId: string | null;
	/** Pro forma: the id of the invoice issued from it. */
	invoiceId: string | null;
	/** Correction: the corrected document's id, its reason and the lines before the correction. */
	correctedId: string | null;
	correctionReason: string | null;
	linesBefore: unknown[] | null;
}

export interface PaymentRecord {
	id: number;
	documentId: string;
	Kwota: number;
	Data: string;
	KwotaPln: number | null;
	Kurs: number | null;
}

export interface SentEmail {
	documentId: string;
	type: string;
	fullNumber: string;
	to: string;
	text: string | null;
	/** `Przelew`: include the bank transfer details. */
	transfer: boolean;
	/** `Pobranie`: cash on delivery. */
	cashOnDelivery: boolean;
	mTransfer: string | null;
	senderMailbox: string | null;
	template: string | null;
	/** Query `wyslijPoczta=true`: also by post. */
	byPost: boolean;
	/** Query `wyslijEfaktura=true`. */
	eInvoice: boolean;
}

export interface AccountingMonth {
	year: number;
	/** 1–12. */
	month: number;
}

export interface IfirmaStore {
	readonly login: string;
	readonly keys: Partial<Record<KeyName, string>>;
	/** The account's today (`YYYY-MM-DD`): default payment date, overdue status, duplicate date. */
	readonly today: string;
	accountingMonth: AccountingMonth;
	readonly limit: { used: number; granted: number };
	/** By id, in issue order. */
	readonly documents: Map<string, DocumentRecord>;
	/** By `Identyfikator`, in creation order. */
	readonly contractors: Map<string, ContractorRecord>;
	readonly payments: Table<PaymentRecord>;
	readonly emails: SentEmail[];
	readonly documentIds: Sequence;
	/** `http://127.0.0.1:<port>`: the signed URLs start with it. */
	origin: string;
}

export interface StoreSettings {
	login: string;
	keys: Partial<Record<KeyName, string>>;
	today: string;
	limitGranted: number;
}

export function createStore(settings: StoreSettings): IfirmaStore {
	return {
		login: settings.login,
		keys: settings.keys,
		today: settings.today,
		accountingMonth: { year: Number(settings.today.slice(0, 4)), month: Number(settings.today.slice(5, 7)) },
		limit: { used: 0, granted: settings.limitGranted },
		documents: new Map(),
		contractors: new Map(),
		payments: new Table<PaymentRecord>(1),
		emails: [],
		// Seven digits like the documented `3654778`, and never equal to a small invoice number.
		documentIds: new Sequence(3654778),
		origin: '',
	};
}

export function documentsOf(store: IfirmaStore): DocumentRecord[] {
	return [...store.documents.values()];
}
