import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { todayIn } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { resolveId } from '../../dictionaries';
import { documentBody, partyBody, sellerFromDataSet } from '../../mapping/document';
import { documentPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import {
	currencyField,
	dataSetRecord,
	documentFieldOptions,
	documentTypeField,
	lineItemsField,
	outputDocuments,
	partyDetailsField,
	paymentMethodField,
	paymentTermField,
	readDocumentFields,
	readLines,
	readModule,
	readParty,
	sellerDataSetField,
} from './fields';

const properties: INodeProperties[] = [
	documentTypeField,
	{
		displayName: 'Number',
		name: 'number',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1/01/2026',
		description: 'The document number; Afaktury does not number documents made through the API',
	},
	sellerDataSetField({ required: true }),
	{ displayName: 'Buyer Name', name: 'buyerName', type: 'string', default: '', required: true, placeholder: 'e.g. Firma Testowa Sp. z o.o.' },
	partyDetailsField('buyerDetails', 'Buyer Details', false),
	lineItemsField,
	currencyField({ required: true, default: 'PLN' }),
	paymentMethodField({ required: true, default: 'transfer' }),
	paymentTermField({ required: true, default: '14' }),
	partyDetailsField('sellerDetails', 'Seller Details', true),
	fieldsCollection('additionalFields', documentFieldOptions),
	simplifyField({}),
];

/**
 * Not keyed against repeats: Afaktury has no idempotency key, and its list finds an order number only by a
 * phrase search that is not exact, so a create sent again makes a second document. The answer carries the
 * created record with its hash (INFERRED: the vendor page shows no answer to a create).
 */
export const createDocument: OperationModule = {
	option: { ...standardOperation('create', 'Document', 'Documents'), description: 'Issue a document of the chosen type' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const number = requireText(ctx, 'number', itemIndex, 'Number', 63);
		const buyerName = requireText(ctx, 'buyerName', itemIndex, 'Buyer Name');
		const fields = await readDocumentFields(ctx, itemIndex, {
			...readCollection(ctx, 'additionalFields', itemIndex),
			currency: requireText(ctx, 'currency', itemIndex, 'Currency'),
			paymentMethod: requireText(ctx, 'paymentMethod', itemIndex, 'Payment Method'),
			paymentTerm: requireText(ctx, 'paymentTerm', itemIndex, 'Payment Term'),
		});
		const dataSetId = await resolveId(ctx, 'data', requireText(ctx, 'sellerDataSet', itemIndex, 'Seller Data Set'), itemIndex, 'Seller Data Set');
		const products = await readLines(ctx, itemIndex, true);
		const body = {
			...documentBody({ ...fields, number, dataSetId, issueDate: fields.issueDate ?? todayIn(ctx), language: fields.language ?? 'pl' }),
			personBuy: partyBody({ ...readParty(readCollection(ctx, 'buyerDetails', itemIndex)), name: buyerName }),
			personSell: sellerFromDataSet(await dataSetRecord(ctx, itemIndex, dataSetId), readParty(readCollection(ctx, 'sellerDetails', itemIndex))),
			products,
		};
		const envelope = await afakturyRequest(ctx, 'POST', documentPath(module), { body, itemIndex });
		return await outputDocuments(ctx, itemIndex, module, envelope.records);
	},
};
