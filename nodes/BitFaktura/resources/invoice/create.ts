import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Show } from '../../../core/fields/common';

import type { LineItem } from '../../../core/canonical';
import { inputError } from '../../../core/errors';
import { lineItemsField, readLineItems } from '../../../core/fields/lineItems';
import { readParty } from '../../../core/fields/party';
import { readCollection, requireId, requireText } from '../../../core/params';
import type { Operation } from '../../../core/router';
import { clientLocator } from '../../locators';
import { partyFieldsOf, positionOf } from '../../mapping';
import { bitFakturaRequest } from '../../transport';
import { invoiceDetailFields, invoiceDetailsOf, partyCollection } from './details';
import { outputInvoice } from './output';
import { fieldsCollection } from '../../../core/fields/common';

const BITFAKTURA_LINE_FIELDS = [
	'productId',
	'quantity',
	'unit',
	'unitNetPrice',
	'unitGrossPrice',
	'totalGross',
	'vatRate',
	'discountPercent',
	'discountAmount',
	'classification',
	'description',
] as const;

export const lineItems = (show: Show, name = 'lineItems', displayName = 'Line Items') =>
	lineItemsField(show, [...BITFAKTURA_LINE_FIELDS], { name, displayName });

export const createFields: INodeProperties[] = [
	{
		displayName: 'Buyer',
		name: 'buyerType',
		type: 'options',
		options: [
			{ name: 'Buyer Details', value: 'details', description: 'Name and address on the invoice; BitFaktura matches or creates the client' },
			{ name: 'Existing Client', value: 'client', description: 'A client card of the account' },
		],
		default: 'details',
	},
	{ ...clientLocator(), displayOptions: { show: { buyerType: ['client'] } } },
	{
		displayName: 'Buyer Name',
		name: 'buyerName',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { buyerType: ['details'] } },
	},
	{ ...partyCollection('buyer', 'Buyer Details'), displayOptions: { show: { buyerType: ['details'] } } },
	{ ...lineItems({}), required: true },
	fieldsCollection('additionalFields', invoiceDetailFields),
	partyCollection('seller', 'Seller Details', true),
];

/**
 * Line discounts need the invoice to show them and to say how they are computed; a percent and an amount
 * on one invoice cannot both hold, since the kind is per invoice.
 */
export function discountSettings(ctx: IExecuteFunctions, itemIndex: number, items: LineItem[], discountKind: unknown): IDataObject {
	const percent = items.some((item) => item.discountPercent !== undefined);
	const amount = items.some((item) => item.discountAmount !== undefined);
	if (!percent && !amount) return {};
	if (percent && amount) {
		throw inputError(
			ctx.getNode(),
			'Line items mix Discount (%) and Discount Amount',
			itemIndex,
			'BitFaktura computes discounts one way per invoice: use percentages on every line, or amounts on every line.',
		);
	}
	const kind = discountKind ?? (percent ? 'percent_unit' : 'amount');
	if ((kind === 'amount') !== amount) {
		throw inputError(ctx.getNode(), `Discount Kind "${String(kind)}" does not match the discounts of the line items`, itemIndex);
	}
	return { show_discount: true, discount_kind: kind };
}

function buyerOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	if (ctx.getNodeParameter('buyerType', itemIndex) === 'client') {
		return { client_id: Number(requireId(ctx, 'clientId', itemIndex, 'Client')) };
	}
	const name = requireText(ctx, 'buyerName', itemIndex, 'Buyer Name');
	return partyFieldsOf('buyer', readParty(name, readCollection(ctx, 'buyer', itemIndex)));
}

function sellerOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = readCollection(ctx, 'seller', itemIndex);
	if (Object.keys(values).length === 0) return {};
	const { name, ...rest } = values;
	return partyFieldsOf('seller', readParty(String(name ?? ''), rest));
}

export const createInvoice: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const buyer = buyerOf(ctx, itemIndex);
		const items = readLineItems(ctx, itemIndex, { required: true });
		const additional = readCollection(ctx, 'additionalFields', itemIndex);
		const invoice: IDataObject = {
			...invoiceDetailsOf(ctx, itemIndex, additional),
			...discountSettings(ctx, itemIndex, items, additional.discountKind),
			...sellerOf(ctx, itemIndex),
			...buyer,
			positions: items.map(positionOf),
		};
		const created = await bitFakturaRequest<IDataObject>(ctx, 'POST', '/invoices.json', { body: { invoice }, itemIndex });
		return outputInvoice(ctx, itemIndex, created);
	},
};
