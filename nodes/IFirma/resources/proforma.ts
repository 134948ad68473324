import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../core/errors';
import { simplifyField } from '../../core/fields/common';
import { operationProperty } from '../../core/fields/operations';
import { requireText } from '../../core/params';
import type { Operation, ResourceDefinition } from '../../core/router';
import { DOMESTIC_INVOICE, PROFORMA } from '../documentTypes';
import { createOnce } from '../../core/idempotency';
import { documentRef } from '../mapping';
import { ifirmaRequest } from '../transport';
import { documentRefField, readDocumentRef } from './document/common';
import { documentBody } from './document/createBody';
import { createFields } from './document/createFields';
import { downloadDocument, getDocument, issuedOutput, listDocuments, sendDocument } from './document/operations';
import { downloadFields, getFields, listFields, sendFields } from './document/otherFields';

/** How ifirma names a pro forma among the documents found for an order. */
const FOUND_PROFORMA = 'PROFORMA';

/**
 * Issues the pro forma and its domestic invoice in one call (sale of goods and services only). Both
 * identifiers are returned, and both documents are read back.
 */
const createWithInvoice: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const body = documentBody(ctx, itemIndex, PROFORMA);
		if (body.TypFakturyKrajowej !== 'SPRZ') {
			throw inputError(ctx.getNode(), 'Create With Invoice works for pro formas of a sale only', itemIndex, 'Set "Pro Forma For" to Sale.');
		}
		const answer = await ifirmaRequest(ctx, 'POST', `${PROFORMA}/add.json`, { body, itemIndex });
		const proforma = await issuedOutput(ctx, itemIndex, PROFORMA, answer);
		const invoiceId = answer.IdentyfikatorFaktury;
		const invoice =
			invoiceId === undefined || invoiceId === null
				? null
				: await issuedOutput(ctx, itemIndex, DOMESTIC_INVOICE, { Identyfikator: invoiceId } as IDataObject);
		return { proforma, invoice };
	},
};

/** Issues the domestic invoice of an existing pro forma. */
const convertToInvoice: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const ref = readDocumentRef(ctx, itemIndex, 'documentId', 'Pro Forma ID or Number');
		const answer = await ifirmaRequest(ctx, 'GET', `${PROFORMA}/add/${ref}.json`, { itemIndex });
		return await issuedOutput(ctx, itemIndex, DOMESTIC_INVOICE, answer);
	},
};

/** The documents issued through the API for an order: the pro forma and, once issued, its invoice. */
async function documentsForOrder(ctx: IExecuteFunctions, itemIndex: number, order: string): Promise<IDataObject[]> {
	const answer = await ifirmaRequest(ctx, 'GET', `${PROFORMA}/find/${encodeURIComponent(order)}.json`, { itemIndex });
	return Array.isArray(answer.Wynik) ? (answer.Wynik as IDataObject[]) : [];
}

/** The pro forma already issued for the order, as the issuing answer names a document. */
async function proformaForOrder(ctx: IExecuteFunctions, itemIndex: number, order: string): Promise<IDataObject | undefined> {
	const proforma = (await documentsForOrder(ctx, itemIndex, order)).find((document) => document.Typ === FOUND_PROFORMA);
	if (proforma === undefined) return undefined;
	return { Identyfikator: proforma.Identyfikator ?? documentRef(String(proforma.PelnyNumer ?? '')) };
}

/**
 * A pro forma carries its shop's order number, by which ifirma finds it: one already issued for the
 * order is returned (marked) instead of a second, so re-running a workflow issues nothing twice.
 */
const createProforma: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const body = documentBody(ctx, itemIndex, PROFORMA);
		const order = String(body.NumerZamowienia);
		const { record, alreadyExisted } = await createOnce({
			key: `order number "${order}"`,
			findExisting: async () => await proformaForOrder(ctx, itemIndex, order),
			create: async () => await ifirmaRequest(ctx, 'POST', `${PROFORMA}.json`, { body, itemIndex }),
		});
		const output = await issuedOutput(ctx, itemIndex, PROFORMA, record);
		return alreadyExisted ? { ...output, alreadyExisted } : output;
	},
};

const findByOrderNumber: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const order = requireText(ctx, 'orderNumber', itemIndex, 'Order Number');
		return (await documentsForOrder(ctx, itemIndex, order)).map((document) => ({ orderNumber: order, ...document }));
	},
};

const convertShow = { resource: ['proforma'], operation: ['convertToInvoice'] };
const findShow = { resource: ['proforma'], operation: ['findByOrderNumber'] };

export const proformaResource: ResourceDefinition = {
	description: [
		operationProperty(
			'proforma',
			[
				{ value: 'create', name: 'Create', action: 'Create a pro forma' },
				{ value: 'createWithInvoice', name: 'Create With Invoice', action: 'Create a pro forma and its invoice at once' },
				{ value: 'convertToInvoice', name: 'Convert to Invoice', action: 'Issue the invoice of a pro forma' },
				{ value: 'findByOrderNumber', name: 'Find by Order Number', action: 'Find pro formas and invoices by order number' },
				{ value: 'get', name: 'Get', action: 'Get a pro forma' },
				{ value: 'getMany', name: 'Get Many', action: 'Get many pro formas' },
				{ value: 'download', name: 'Download', action: 'Download a pro forma as PDF or XML' },
				{ value: 'sendByEmail', name: 'Send by Email', action: 'Send a pro forma by email' },
			],
			'create',
		),
		...createFields('proforma', ['create', 'createWithInvoice']),
		documentRefField(convertShow, 'Pro Forma ID or Number'),
		simplifyField(convertShow),
		{
			displayName: 'Order Number',
			name: 'orderNumber',
			type: 'string',
			required: true,
			default: '',
			description: 'The order number given when the pro forma was issued through the API',
			displayOptions: { show: findShow },
		},
		...getFields('proforma'),
		...downloadFields('proforma'),
		...listFields('proforma'),
		...sendFields('proforma'),
	],
	operations: {
		create: createProforma,
		createWithInvoice,
		convertToInvoice,
		findByOrderNumber,
		get: getDocument,
		getMany: listDocuments,
		download: downloadDocument,
		sendByEmail: sendDocument,
	},
};
