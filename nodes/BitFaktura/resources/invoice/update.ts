import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import type { LineItemLimits } from '../../../core/fields/lineItems';
import { parseLineItem, readLineItems } from '../../../core/fields/lineItems';
import { readParty } from '../../../core/fields/party';
import { checked, checkLengths, readCollection, readIdList, requireId } from '../../../core/params';
import type { Operation } from '../../../core/router';
import { lineLimitsFor, PARTY_LENGTHS, partyFieldsOf, positionOf } from '../../mapping';
import { bitFakturaRequest } from '../../transport';
import { lineItems } from './create';
import { buyerDetails, invoiceDetailFields, invoiceDetailsOf, readPartyCollection } from './details';
import { invoiceIdField } from './fields';
import { outputInvoice } from './output';
import { fieldsCollection } from '../../../core/fields/common';

function changeLineItemsField(): INodeProperties {
	const field = lineItems({}, 'lineItemsToChange', 'Line Items to Change');
	const [group] = field.options as Array<{ displayName: string; name: string; values: INodeProperties[] }>;
	return {
		...field,
		placeholder: 'Change Line Item',
		description: 'Existing lines, by their position ID (the ID of the line in the invoice’s positions)',
		options: [
			{
				...group,
				values: [
					{ displayName: 'Position ID', name: 'positionId', type: 'string', default: '', required: true },
					...group.values,
				],
			},
		],
	};
}

const buyerNameField: INodeProperties = { displayName: 'Buyer Name', name: 'buyerName', type: 'string', default: '' };

export const updateFields: INodeProperties[] = [
	invoiceIdField,
	fieldsCollection('updateFields', [buyerNameField, ...invoiceDetailFields]),
	buyerDetails,
	{ ...lineItems({}, 'lineItemsToAdd', 'Line Items to Add'), placeholder: 'Add Line Item' },
	changeLineItemsField(),
	{
		displayName: 'Position IDs to Remove',
		name: 'positionIdsToRemove',
		type: 'string',
		default: '',
		placeholder: '101, 102',
		description: 'Comma-separated IDs of the lines to delete from the invoice',
	},
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
		const where = `Line item to change ${index + 1}`;
		const id = positionIdOf(ctx, itemIndex, row.positionId, where);
		const item = checked(ctx, itemIndex, () => parseLineItem(row, index + 1, limits, true));
		return { id, ...positionOf(item) };
	});
	const removed = readIdList(ctx, itemIndex, ctx.getNodeParameter('positionIdsToRemove', itemIndex, ''), 'Position IDs to Remove').map(
		(id) => ({ id, _destroy: 1 }),
	);
	return [...changed, ...removed, ...added];
}

export const updateInvoice: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'invoiceId', itemIndex, 'Invoice ID');
		const updates = readCollection(ctx, 'updateFields', itemIndex);
		checkLengths(ctx, itemIndex, updates, { buyerName: PARTY_LENGTHS.name }, [buyerNameField]);
		const { buyerName, ...details } = updates;
		const buyer = partyFieldsOf('buyer', readParty(String(buyerName ?? ''), readPartyCollection(ctx, itemIndex, buyerDetails)));
		// The stored invoice's kind is not read first: its lines may be negative when Kind is set to Correction here.
		const positions = positionChanges(ctx, itemIndex, lineLimitsFor(details.kind));
		const invoice: IDataObject = { ...invoiceDetailsOf(ctx, itemIndex, details), ...buyer };
		if (positions.length > 0) invoice.positions = positions;
		if (Object.keys(invoice).length === 0) {
			throw inputError(ctx.getNode(), 'Nothing to update was set', itemIndex, 'Add an update field, buyer detail or line item change.');
		}
		const updated = await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/invoices/${id}.json`, { body: { invoice }, expect: 'object', itemIndex });
		return outputInvoice(ctx, itemIndex, updated);
	},
};
