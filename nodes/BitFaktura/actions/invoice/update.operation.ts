import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LineItemLimits } from '../../../core/fields/lineItems';
import { parseLineItem, readLineItems } from '../../../core/fields/lineItems';
import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readParty } from '../../../core/fields/party';
import { standardOperation } from '../../../core/fields/operations';
import { checked, checkLengths, readCollection, readIdList } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { readBack } from '../../../core/readBack';
import { pickedId } from '../../locators';
import { changedPositionOf, lacksPositions, partyFieldsOf, positionOf, removedPositionOf } from '../../mapping/invoice';
import { lineLimitsFor, PARTY_LENGTHS } from '../../mapping/limits';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { buyerDetails, fetchInvoice, invoiceDetailFields, invoiceLocator, lineItems, outputInvoice, readInvoiceDetails, readPartyCollection } from './fields';

/** Existing lines, changed by their position ID: the line items collection with that ID first. */
function lineItemsToChange(): INodeProperties {
	const field = lineItems('lineItemsToChange', 'Line Items to Change');
	const [group] = field.options as Array<{ displayName: string; name: string; values: INodeProperties[] }>;
	return {
		...field,
		placeholder: 'Change Line Item',
		description: 'Existing lines, by their position ID (the ID of the line in the invoice’s positions)',
		options: [
			{
				...group,
				values: [{ displayName: 'Position ID', name: 'positionId', type: 'string', default: '', placeholder: 'e.g. 101', required: true }, ...group.values],
			},
		],
	};
}

const buyerNameField: INodeProperties = { displayName: 'Buyer Name', name: 'buyerName', type: 'string', default: '' };

const properties: INodeProperties[] = [
	invoiceLocator,
	fieldsCollection('updateFields', alphabetical([buyerNameField, ...invoiceDetailFields])),
	buyerDetails,
	{ ...lineItems('lineItemsToAdd', 'Line Items to Add'), placeholder: 'Add Line Item' },
	lineItemsToChange(),
	{
		displayName: 'Position IDs to Remove',
		name: 'positionIdsToRemove',
		type: 'string',
		default: '',
		placeholder: 'e.g. 101, 102',
		description: 'Comma-separated IDs of the lines to delete from the invoice',
	},
	simplifyField({}),
];

function positionIdOf(ctx: IExecuteFunctions, itemIndex: number, value: unknown, where: string): number {
	const id = String(value ?? '').trim();
	if (!/^\d+$/.test(id)) {
		throw inputError(ctx.getNode(), `${where}: Position ID must be a number, got "${id}"`, itemIndex);
	}
	return Number(id);
}

/** Lines to add go without an ID, changed ones with theirs, removed ones flagged: the API's update shape. */
function positionChanges(ctx: IExecuteFunctions, itemIndex: number, limits: LineItemLimits): IDataObject[] {
	const added = readLineItems(ctx, itemIndex, { required: false, limits, parameterName: 'lineItemsToAdd' }).map(positionOf);
	const changeRows = (ctx.getNodeParameter('lineItemsToChange', itemIndex, {}) as { item?: IDataObject[] }).item ?? [];
	const changed = changeRows.map((row, index) => {
		const positionId = positionIdOf(ctx, itemIndex, row.positionId, `Line item to change ${index + 1}`);
		return changedPositionOf(positionId, checked(ctx, itemIndex, () => parseLineItem(row, index + 1, limits, true)));
	});
	const removed = readIdList(ctx, itemIndex, ctx.getNodeParameter('positionIdsToRemove', itemIndex, ''), 'Position IDs to Remove').map(removedPositionOf);
	return [...changed, ...removed, ...added];
}

export const updateInvoice: OperationModule = {
	option: { ...standardOperation('update', 'Invoice', 'Invoices'), description: 'Change an invoice’s details, buyer and line items' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		const updates = readCollection(ctx, 'updateFields', itemIndex);
		checkLengths(ctx, itemIndex, updates, { buyerName: PARTY_LENGTHS.name }, [buyerNameField]);
		const { buyerName, ...details } = updates;
		const buyer = partyFieldsOf('buyer', readParty(String(buyerName ?? ''), readPartyCollection(ctx, itemIndex, buyerDetails)));
		// The stored invoice's kind is not read first: its lines may be negative when Kind is set to Correction here.
		const positions = positionChanges(ctx, itemIndex, lineLimitsFor(details.kind));
		const invoice: IDataObject = { ...(await readInvoiceDetails(ctx, itemIndex, 'updateFields', details)), ...buyer };
		if (positions.length > 0) invoice.positions = positions;
		if (Object.keys(invoice).length === 0) {
			throw inputError(ctx.getNode(), 'Nothing to update was set', itemIndex, 'Add an update field, buyer detail or line item change.');
		}
		const updated = await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/invoices/${id}.json`, { body: wrapped('invoice', invoice), expect: 'object', itemIndex });
		// Like a create's, the answer to an update carries no positions: the invoice is read back for its lines.
		if (!lacksPositions(updated)) return outputInvoice(ctx, itemIndex, updated);
		return outputInvoice(ctx, itemIndex, await readBack(ctx, itemIndex, `BitFaktura updated invoice ${id}`, () => fetchInvoice(ctx, itemIndex, id)));
	},
};
