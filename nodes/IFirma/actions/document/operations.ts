import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { decimalToNumber } from '../../../core/canonical';
import { fileItem } from '../../../core/binary';
import { readDate } from '../../../core/fields/dates';
import { collectPages, readListLimits } from '../../../core/pagination';
import { checked, checkLengths, optionalText, readCollection, readText } from '../../../core/params';
import { readDocumentRef, readOptionalClientId } from '../../locators';
import type { SendOptions } from '../../mapping/actions';
import { sendBody, sendPath, sendQuery } from '../../mapping/actions';
import { DOCUMENT_TEXT_LENGTHS, documentPath, DUPLICATE_QUERY } from '../../mapping/document';
import type { DocumentType } from '../../mapping/documentTypes';
import type { ListFilters } from '../../mapping/lists';
import { listEntries, listQuery, MAX_PAGE_SIZE, pageQuery } from '../../mapping/lists';
import { ifirmaDownload, ifirmaRequest } from '../../transport';
import { documentOutput, readDocument } from './output';
import { SEND_OPTIONS } from './fields';

/*
 * What Get, Get Many, Download and Send by Email do with a document, whichever resource it is under:
 * each operation file passes its document type and the label its locator shows.
 */

export async function getDocument(ctx: IExecuteFunctions, itemIndex: number, type: DocumentType, label: string): Promise<IDataObject> {
	const record = await readDocument(ctx, itemIndex, type, readDocumentRef(ctx, itemIndex, label));
	return documentOutput(ctx, itemIndex, record, type);
}

const FORMATS: Record<string, { extension: 'pdf' | 'xml'; mimeType: string }> = {
	pdf: { extension: 'pdf', mimeType: 'application/pdf' },
	xml: { extension: 'xml', mimeType: 'application/xml' },
};

export async function downloadDocument(ctx: IExecuteFunctions, itemIndex: number, type: DocumentType, label: string): Promise<INodeExecutionData> {
	const ref = readDocumentRef(ctx, itemIndex, label);
	const format = FORMATS[ctx.getNodeParameter('format', itemIndex) as string];
	const duplicate = format.extension === 'pdf' && (ctx.getNodeParameter('duplicate', itemIndex, false) as boolean);
	const file = await ifirmaDownload(ctx, documentPath(type, ref, format.extension), format.mimeType, {
		itemIndex,
		qs: duplicate ? DUPLICATE_QUERY : undefined,
	});
	return await fileItem(ctx, {
		data: file.body,
		fileName: `${type.endpoint}_${ref}${duplicate ? '_duplikat' : ''}.${format.extension}`,
		mimeType: format.mimeType,
		propertyName: ctx.getNodeParameter('binaryPropertyName', itemIndex) as string,
		json: { documentType: type.endpoint, documentId: ref, duplicate },
	});
}

export async function sendDocument(ctx: IExecuteFunctions, itemIndex: number, type: DocumentType, label: string): Promise<IDataObject> {
	const ref = readDocumentRef(ctx, itemIndex, label);
	const options = readCollection(ctx, 'options', itemIndex);
	checkLengths(ctx, itemIndex, options, DOCUMENT_TEXT_LENGTHS, SEND_OPTIONS);
	const send: SendOptions = {
		recipient: optionalText(readText(ctx, 'recipient', itemIndex)),
		message: optionalText(options.message),
		includeTransferDetails: options.includeTransferDetails as boolean | undefined,
		cashOnDelivery: options.cashOnDelivery as boolean | undefined,
		mTransfer: optionalText(options.mTransfer),
		senderMailbox: optionalText(options.senderMailbox),
		emailTemplate: optionalText(options.emailTemplate),
		alsoByPost: options.alsoByPost as boolean | undefined,
		alsoAsEInvoice: options.alsoAsEInvoice as boolean | undefined,
	};
	const answer = await ifirmaRequest(ctx, 'POST', sendPath(type, ref), { body: sendBody(send), qs: sendQuery(send), itemIndex });
	return { sent: true, documentType: type.endpoint, documentId: ref, recipient: send.recipient ?? null, message: answer.message };
}

function amountFilter(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): number | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => decimalToNumber(text, label));
}

/** The item's list filters; the first issue date, which each list asks in its own way, is added by the operation. */
export function readListFilters(ctx: IExecuteFunctions, itemIndex: number): Omit<ListFilters, 'issuedFrom'> {
	const filters = readCollection(ctx, 'filters', itemIndex);
	return {
		issuedTo: readDate(ctx, filters.issuedTo, 'Issued To', itemIndex),
		statuses: filters.status as string[] | undefined,
		clientIdentifier: readOptionalClientId(ctx, itemIndex, 'filters'),
		clientTaxId: optionalText(filters.contractorTaxId),
		typeCode: optionalText(filters.typeCode),
		amountFrom: amountFilter(ctx, itemIndex, filters.amountFrom, 'Amount From'),
		amountTo: amountFilter(ctx, itemIndex, filters.amountTo, 'Amount To'),
	};
}

/** A list, page by page up to the limit; `type` when every entry is of one type (the pro formas' list). */
export async function listDocuments(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	filters: ListFilters,
	type?: DocumentType,
): Promise<IDataObject[]> {
	const records = await collectPages<IDataObject>({
		...readListLimits(ctx, itemIndex),
		maxPageSize: MAX_PAGE_SIZE,
		fetchPage: async (page, pageSize) => {
			const answer = await ifirmaRequest(ctx, 'GET', path, { qs: { ...listQuery(filters), ...pageQuery(page, pageSize) }, itemIndex });
			return { records: listEntries(answer.payload) };
		},
	});
	return records.map((record) => documentOutput(ctx, itemIndex, record, type));
}
