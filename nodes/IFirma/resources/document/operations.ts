import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fileItem } from '../../../core/binary';
import { inputError } from '../../../core/errors';
import { readDate, todayIn } from '../../../core/fields/dates';
import { readLineItems } from '../../../core/fields/lineItems';
import { collectPages, readListLimits } from '../../../core/pagination';
import { checked, checkLengths, optionalText, readCollection, readText } from '../../../core/params';
import type { Operation } from '../../../core/router';
import { decimalToNumber } from '../../../core/canonical';
import { DOMESTIC_INVOICE, documentType, PROFORMA } from '../../documentTypes';
import { DOCUMENT_TEXT_LENGTHS, LINE_LIMITS, lineOf, simplifyDocument } from '../../mapping';
import { ifirmaDownload, ifirmaRequest } from '../../transport';
import { documentTypeOf, payloadOf, readDocumentRef } from './common';
import { documentBody } from './createBody';
import { CORRECTION_OPTIONS, SEND_OPTIONS } from './otherFields';

/** ifirma serves at most this many list entries a page (INFERRED: the maximum is not documented). */
const MAX_PAGE_SIZE = 100;

function simplified(ctx: IExecuteFunctions, itemIndex: number): boolean {
	return ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
}

/** A document as the user asked for it: the canonical shape, or ifirma's own fields. */
export function documentOutput(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject, endpoint?: string): IDataObject {
	if (!simplified(ctx, itemIndex)) return record;
	return simplifyDocument(record, endpoint === undefined ? undefined : documentType(endpoint)) as unknown as IDataObject;
}

export async function readDocument(ctx: IExecuteFunctions, itemIndex: number, endpoint: string, ref: string): Promise<IDataObject> {
	return payloadOf(await ifirmaRequest(ctx, 'GET', `${endpoint}/${ref}.json`, { itemIndex }));
}

/**
 * After an issue, the document is read back so the output carries its number and totals. The document
 * exists once ifirma answered, so a failed read-back is reported on the item rather than as a failure
 * that would invite issuing it again.
 */
export async function issuedOutput(ctx: IExecuteFunctions, itemIndex: number, endpoint: string, answer: IDataObject): Promise<IDataObject> {
	const id = String(answer.Identyfikator ?? '');
	try {
		return documentOutput(ctx, itemIndex, await readDocument(ctx, itemIndex, endpoint, id), endpoint);
	} catch (error) {
		return { ...payloadOf(answer), readBackError: (error as Error).message };
	}
}

export const createDocument: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const endpoint = documentTypeOf(ctx, itemIndex);
		const body = documentBody(ctx, itemIndex, endpoint);
		const answer = await ifirmaRequest(ctx, 'POST', `${endpoint}.json`, { body, itemIndex });
		return await issuedOutput(ctx, itemIndex, endpoint, answer);
	},
};

export const getDocument: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const endpoint = documentTypeOf(ctx, itemIndex);
		const record = await readDocument(ctx, itemIndex, endpoint, readDocumentRef(ctx, itemIndex));
		return documentOutput(ctx, itemIndex, record, endpoint);
	},
};

const FORMATS: Record<string, { extension: string; mimeType: string }> = {
	pdf: { extension: 'pdf', mimeType: 'application/pdf' },
	xml: { extension: 'xml', mimeType: 'application/xml' },
};

export const downloadDocument: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const endpoint = documentTypeOf(ctx, itemIndex);
		const ref = readDocumentRef(ctx, itemIndex);
		const format = FORMATS[ctx.getNodeParameter('format', itemIndex) as string];
		const duplicate = format.extension === 'pdf' && (ctx.getNodeParameter('duplicate', itemIndex, false) as boolean);
		const file = await ifirmaDownload(ctx, `${endpoint}/${ref}.${format.extension}`, format.mimeType, {
			itemIndex,
			qs: duplicate ? { typ: 'dup' } : undefined,
		});
		return await fileItem(ctx, {
			data: file.body,
			fileName: `${endpoint}_${ref}${duplicate ? '_duplikat' : ''}.${format.extension}`,
			mimeType: format.mimeType,
			propertyName: ctx.getNodeParameter('binaryPropertyName', itemIndex) as string,
			json: { documentType: endpoint, documentId: ref, duplicate },
		});
	},
};

/** The list filters in ifirma's names; the issue date range is required by the service. */
function listQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = readCollection(ctx, 'filters', itemIndex);
	const from = readDate(ctx, ctx.getNodeParameter('issuedFrom', itemIndex), 'Issued From', itemIndex);
	if (from === undefined) throw inputError(ctx.getNode(), 'Issued From is required', itemIndex, 'ifirma lists documents from a date, as YYYY-MM-DD.');
	const qs: IDataObject = { dataOd: from };
	const to = readDate(ctx, filters.issuedTo, 'Issued To', itemIndex);
	if (to !== undefined) qs.dataDo = to;
	const statuses = (filters.status as string[] | undefined) ?? [];
	if (statuses.length > 0) qs.status = statuses.join(',');
	for (const [field, wireName] of [['contractorId', 'kontrahent'], ['contractorTaxId', 'nipKontrahenta'], ['typeCode', 'typ']] as const) {
		const value = optionalText(filters[field]);
		if (value !== undefined) qs[wireName] = value;
	}
	for (const [field, wireName, label] of [['amountFrom', 'kwotaOd', 'Amount From'], ['amountTo', 'kwotaDo', 'Amount To']] as const) {
		const value = optionalText(filters[field]);
		if (value !== undefined) qs[wireName] = checked(ctx, itemIndex, () => decimalToNumber(value, label));
	}
	return qs;
}

export const listDocuments: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const path = ctx.getNodeParameter('resource', itemIndex) === 'proforma' ? 'proformy.json' : 'faktury.json';
		const qs = listQuery(ctx, itemIndex);
		const records = await collectPages<IDataObject>({
			...readListLimits(ctx, itemIndex),
			maxPageSize: MAX_PAGE_SIZE,
			fetchPage: async (page, pageSize) => {
				const answer = await ifirmaRequest(ctx, 'GET', path, { qs: { ...qs, strona: page, iloscNaStronie: pageSize }, itemIndex });
				return { records: (answer.Wynik as IDataObject[] | undefined) ?? [] };
			},
		});
		const endpoint = path === 'proformy.json' ? PROFORMA : undefined;
		return records.map((record) => documentOutput(ctx, itemIndex, record, endpoint));
	},
};

export const sendDocument: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const endpoint = documentTypeOf(ctx, itemIndex);
		const ref = readDocumentRef(ctx, itemIndex);
		const options = readCollection(ctx, 'options', itemIndex);
		checkLengths(ctx, itemIndex, options, DOCUMENT_TEXT_LENGTHS, SEND_OPTIONS);
		const recipient = readText(ctx, 'recipient', itemIndex);
		const body: IDataObject = {};
		if (recipient !== '') body.SkrzynkaEmailOdbiorcy = recipient;
		const message = optionalText(options.message);
		if (message !== undefined) body.Tekst = message;
		if (options.includeTransferDetails !== undefined) body.Przelew = options.includeTransferDetails;
		if (options.cashOnDelivery !== undefined) body.Pobranie = options.cashOnDelivery;
		for (const [field, wireName] of [['senderMailbox', 'SkrzynkaEmail'], ['emailTemplate', 'SzablonEmail'], ['mTransfer', 'MTransfer']] as const) {
			const value = optionalText(options[field]);
			if (value !== undefined) body[wireName] = value;
		}
		const qs: IDataObject = {};
		if (options.alsoByPost === true) qs.wyslijPoczta = true;
		if (options.alsoAsEInvoice === true) qs.wyslijEfaktura = true;
		const answer = await ifirmaRequest(ctx, 'POST', `${endpoint}/send/${ref}.json`, { body, qs, itemIndex });
		return { sent: true, documentType: endpoint, documentId: ref, recipient: recipient || null, message: answer.Informacja ?? null };
	},
};

export const correctDocument: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const ref = readDocumentRef(ctx, itemIndex, 'documentId', 'Invoice ID or Number');
		const items = readLineItems(ctx, itemIndex, { required: true, limits: LINE_LIMITS });
		const options = readCollection(ctx, 'additionalFields', itemIndex);
		checkLengths(ctx, itemIndex, options, DOCUMENT_TEXT_LENGTHS, CORRECTION_OPTIONS);
		// The corrected lines are priced as the invoice counts (LiczOd); a net price read as gross would
		// put a wrong amount on a tax document without any error, so the invoice is read first.
		const original = await readDocument(ctx, itemIndex, DOMESTIC_INVOICE, ref);
		const pricing = original.LiczOd === 'BRT' ? 'gross' : 'net';
		const lines = items.map((item, index) =>
			checked(ctx, itemIndex, () => lineOf(item, index + 1, pricing, false)),
		);
		const body: IDataObject = {
			PowodKorekty: ctx.getNodeParameter('reason', itemIndex),
			DataWystawienia: readDate(ctx, options.issueDate, 'Issue Date', itemIndex) ?? todayIn(ctx),
			Pozycje: lines,
		};
		const notes = optionalText(options.notes);
		if (notes !== undefined) body.Uwagi = notes;
		const answer = await ifirmaRequest(ctx, 'POST', `${DOMESTIC_INVOICE}/korekta/${ref}.json`, { body, itemIndex });
		return await issuedOutput(ctx, itemIndex, DOMESTIC_INVOICE, answer);
	},
};
