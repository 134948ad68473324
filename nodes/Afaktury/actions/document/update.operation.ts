import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { documentLocator, readDocumentHash } from '../../locators';
import type { PartyInput } from '../../mapping/document';
import { documentBody, partyBody } from '../../mapping/document';
import { documentPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import {
	currencyField,
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
	documentLocator,
	fieldsCollection('updateFields', [
		currencyField(),
		...documentFieldOptions,
		{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. 1/01/2026' },
		paymentMethodField(),
		paymentTermField(),
		sellerDataSetField(),
	]),
	partyDetailsField('buyerDetails', 'Buyer Details', true),
	partyDetailsField('sellerDetails', 'Seller Details', true),
	{ ...lineItemsField, description: 'When given, these lines replace all the document\'s lines' },
	simplifyField({}),
];

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A party as the document has it, with the fields given changed: Afaktury replaces a party whole. */
function changedParty(current: unknown, changes: PartyInput): IDataObject | undefined {
	const changed = partyBody(changes);
	return Object.keys(changed).length === 0 ? undefined : { ...(isRecord(current) ? current : {}), ...changed };
}

export const updateDocument: OperationModule = {
	option: { ...standardOperation('update', 'Document', 'Documents'), description: 'Change fields, parties or lines of a document' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		const fields = await readDocumentFields(ctx, itemIndex, readCollection(ctx, 'updateFields', itemIndex));
		const products = await readLines(ctx, itemIndex, false);
		const buyer = readParty(readCollection(ctx, 'buyerDetails', itemIndex));
		const seller = readParty(readCollection(ctx, 'sellerDetails', itemIndex));
		const body: IDataObject = { hash, ...documentBody(fields), ...(products !== undefined && { products }) };
		if (Object.keys(partyBody(buyer)).length + Object.keys(partyBody(seller)).length > 0) {
			// Only the party fields given change: the rest is read from the document first.
			const [current] = (await afakturyRequest(ctx, 'GET', documentPath(module), { qs: { hash }, itemIndex })).records;
			const personBuy = changedParty(current?.personBuy, buyer);
			const personSell = changedParty(current?.personSell, seller);
			if (personBuy !== undefined) body.personBuy = personBuy;
			if (personSell !== undefined) body.personSell = personSell;
		}
		const envelope = await afakturyRequest(ctx, 'PUT', documentPath(module), { body, itemIndex });
		return await outputDocuments(ctx, itemIndex, module, envelope.records);
	},
};
