/**
 * One sandbox account's data. Each sandbox builds its own store, so parallel tests never share state.
 * Documents keep the fields as accepted (ids as numbers, texts as strings) and their money in bigint cents;
 * render.ts turns them into the wire's strings and `{id}` objects.
 */
import type { Dictionaries } from './dictionaries';
import type { DocumentModule } from './modules';
import { DOCUMENT_MODULES } from './modules';

export type Party = Record<string, string | number>;

export interface DocumentLine {
	id: number;
	name: string;
	amount: bigint;
	/** Unit prices in cents; the one not sent is derived from the other and the rate. */
	netto: bigint;
	brutto: bigint;
	lineNetto: bigint;
	lineVat: bigint;
	lineBrutto: bigint;
	vat: number;
	unit: number;
	/** Catalogue product id, or null. */
	product: number | null;
	/** Optional texts and flags as sent (pkwiu, ean, rebate, isCountable, JPKColumn, isInvoice). */
	extra: Record<string, string | number>;
}

export interface Payment {
	cash: bigint;
	/** `YYYY-MM-DD HH:MM:SS` as sent. */
	date: string;
}

export interface DocumentRecord {
	id: number;
	/** 10 characters, the key of get, update, delete and every action. */
	hash: string;
	module: DocumentModule;
	/** The last accepted input without `hash`; an update is merged over it and checked again whole. */
	source: Record<string, unknown>;
	/** Scalar fields as accepted: dates, texts, and dictionary or client ids (numbers) under their wire names. */
	fields: Record<string, string | number | null>;
	personBuy: Party;
	personSell: Party;
	personBranch: Party | null;
	personPay: Party | null;
	lines: DocumentLine[];
	netto: bigint;
	vat: bigint;
	brutto: bigint;
	payed: bigint;
	payDates: Payment[];
	/** Every `sendmail` and `sendreminder` accepted for it, `YYYY-MM-DD HH:MM:SS`. */
	sendMailDates: string[];
	editDates: string[];
}

export interface CatalogueProduct {
	id: number;
	name: string;
	ean: string;
	productNumber: string;
	pkwiu: string;
	/** Cents. */
	netto: bigint;
	vat: number;
	unit: number;
}

export interface SentEmail {
	module: DocumentModule;
	action: 'sendmail' | 'sendreminder' | 'sendtoaccountant';
	/** The document's hash, or every hash of `ids` for sendtoaccountant. */
	hashes: string[];
	mail: string;
	title: string;
	body: string;
	kind: number;
	lang: string;
	sendToMe: number;
	/** sendreminder only; 0 elsewhere. */
	sendDocument: number;
	configPrint: Record<string, number> | null;
}

export interface AfakturyStore {
	today: string;
	/** The account's one user, whose id documents carry and `user` filters on (INFERRED). */
	userId: number;
	documents: Record<DocumentModule, Map<string, DocumentRecord>>;
	nextDocumentId: Record<DocumentModule, number>;
	nextLineId: number;
	catalogue: CatalogueProduct[];
	dictionaries: Dictionaries;
	emails: SentEmail[];
}

export function createStore(today: string, dictionaries: Dictionaries): AfakturyStore {
	const documents = {} as Record<DocumentModule, Map<string, DocumentRecord>>;
	const nextDocumentId = {} as Record<DocumentModule, number>;
	for (const module of DOCUMENT_MODULES) {
		documents[module] = new Map();
		nextDocumentId[module] = 1;
	}
	return { today, userId: 1, documents, nextDocumentId, nextLineId: 1, catalogue: [], dictionaries, emails: [] };
}
