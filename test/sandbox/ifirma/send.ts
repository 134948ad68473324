/**
 * POST `<type>/send/<x>.json`: e-mail a document (Sending help). The
 * sandbox sends nothing; it records the message in `emails` and marks the document sent.
 */
import type { RecordedRequest } from '../server';
import { documentNotFound } from './envelope';
import type { Endpoint } from './endpoint';
import { ok, queryValue, route } from './endpoint';
import type { DocumentType } from './documentTypes';
import { DOCUMENT_TYPES } from './documentTypes';
import { findDocument } from './numbering';
import type { Fields } from './shape';
import { checkShape } from './shape';
import type { DocumentRecord, IfirmaStore, SentEmail } from './store';
import { FieldReader, Problems } from './validation';

const SEND_FIELDS: Fields = {
	Tekst: 'string',
	Przelew: 'boolean',
	Pobranie: 'boolean',
	MTransfer: 'string',
	SkrzynkaEmail: 'string',
	SzablonEmail: 'string',
	SkrzynkaEmailOdbiorcy: 'string',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `wyslijPoczta` / `wyslijEfaktura`: INFERRED that only `true` and `false` are understood. */
function readSwitch(request: RecordedRequest, problems: Problems, name: string): boolean {
	const value = queryValue(request, name);
	if (value === undefined || value === 'false') return false;
	if (value === 'true') return true;
	problems.add(name, `niedozwolona wartość "${value}" (dozwolone: true, false)`);
	return false;
}

/**
 * INFERRED: without `SkrzynkaEmailOdbiorcy` the mail goes to the contractor's invoice address, else its
 * e-mail, as the contractor base holds them now.
 */
function contractorAddress(store: IfirmaStore, document: DocumentRecord): string | null {
	const contractor = store.contractors.get(document.contractor.Identyfikator) ?? document.contractor;
	return contractor.EmailDlaFaktury || contractor.Email || null;
}

function send(store: IfirmaStore, spec: DocumentType, x: string, body: unknown, request: RecordedRequest): void {
	const document = findDocument(store, x, (candidate) => candidate.type === spec.type);
	if (document === undefined) throw documentNotFound();
	const fields = checkShape(body, SEND_FIELDS);
	const problems = new Problems();
	const reader = new FieldReader(fields, problems);
	const text = reader.text('Tekst', { max: 1000 });
	const given = reader.text('SkrzynkaEmailOdbiorcy');
	if (given && !EMAIL.test(given)) reader.fail('SkrzynkaEmailOdbiorcy', 'nieprawidłowy adres e-mail');
	const byPost = readSwitch(request, problems, 'wyslijPoczta');
	const eInvoice = readSwitch(request, problems, 'wyslijEfaktura');
	const to = given || contractorAddress(store, document);
	// INFERRED: with no address at all the service has nowhere to send and refuses.
	if (!to) reader.fail('SkrzynkaEmailOdbiorcy', 'brak adresu e-mail odbiorcy (kontrahent nie ma adresu e-mail)');
	problems.throwIfAny();
	const email: SentEmail = {
		documentId: document.id,
		type: document.type,
		fullNumber: document.fullNumber,
		to: to ?? '',
		text: text ?? null,
		transfer: reader.flag('Przelew') ?? false,
		cashOnDelivery: reader.flag('Pobranie') ?? false,
		mTransfer: reader.text('MTransfer') ?? null,
		senderMailbox: reader.text('SkrzynkaEmail') ?? null,
		template: reader.text('SzablonEmail') ?? null,
		byPost,
		eInvoice,
	};
	store.emails.push(email);
	document.sent = true;
}

export const sendEndpoints: readonly Endpoint[] = DOCUMENT_TYPES.filter((spec) => spec.sendable).map((spec) =>
	route('POST', `/iapi/${spec.type}/send/:x.json`, ({ store, params, body, request }) => {
		send(store, spec, params.x ?? '', body, request);
		// INFERRED text.
		return ok('Faktura została wysłana.');
	}),
);
