import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Show } from '../../../core/fields/common';

import type { LineItem } from '../../../core/canonical';
import { inputError } from '../../../core/errors';
import { lineItemsField, readLineItems } from '../../../core/fields/lineItems';
import { readParty } from '../../../core/fields/party';
import { readCollection, requireId, requireText } from '../../../core/params';
import type { Operation } from '../../../core/router';
import { clientLocator } from '../../locators';
import { lineLimitsFor, PARTY_LENGTHS, partyFieldsOf, positionOf } from '../../mapping';
import { createOnce } from '../../../core/idempotency';
import { bitFakturaRequest, MAX_PAGE_SIZE } from '../../transport';
import { buyerDetails, invoiceDetailFields, invoiceDetailsOf, readPartyCollection, sellerDetails } from './details';
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
	{ ...buyerDetails, displayOptions: { show: { buyerType: ['details'] } } },
	{ ...lineItems({}), required: true },
	fieldsCollection('additionalFields', invoiceDetailFields),
	sellerDetails,
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
	const name = requireText(ctx, 'buyerName', itemIndex, 'Buyer Name', PARTY_LENGTHS.name);
	return partyFieldsOf('buyer', readParty(name, readPartyCollection(ctx, itemIndex, buyerDetails)));
}

function sellerOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = readPartyCollection(ctx, itemIndex, sellerDetails);
	if (Object.keys(values).length === 0) return {};
	const { name, ...rest } = values;
	return partyFieldsOf('seller', readParty(String(name ?? ''), rest));
}

/** The kind BitFaktura issues when none is sent. */
const DEFAULT_KIND = 'vat';

/**
 * The invoice of this kind already issued for the order, if any. Every period is searched: an order
 * invoiced last year is still invoiced. A pro forma and the invoice from it share the order ID.
 */
async function invoiceForOrder(ctx: IExecuteFunctions, itemIndex: number, oid: string, kind: unknown): Promise<IDataObject | undefined> {
	const matches = await bitFakturaRequest<IDataObject[]>(ctx, 'GET', '/invoices.json', {
		qs: { oid, period: 'all', per_page: MAX_PAGE_SIZE },
		expect: 'list',
		itemIndex,
	});
	const wantedKind = typeof kind === 'string' ? kind : DEFAULT_KIND;
	return matches.find((match) => String(match.oid) === oid && (match.kind ?? DEFAULT_KIND) === wantedKind);
}

export const createInvoice: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const buyer = buyerOf(ctx, itemIndex);
		const additional = readCollection(ctx, 'additionalFields', itemIndex);
		const items = readLineItems(ctx, itemIndex, { required: true, limits: lineLimitsFor(additional.kind) });
		const invoice: IDataObject = {
			...invoiceDetailsOf(ctx, itemIndex, additional),
			...discountSettings(ctx, itemIndex, items, additional.discountKind),
			...sellerOf(ctx, itemIndex),
			...buyer,
			positions: items.map(positionOf),
		};
		const create = async () =>
			await bitFakturaRequest<IDataObject>(ctx, 'POST', '/invoices.json', { body: { invoice }, expect: 'object', itemIndex });
		if (typeof invoice.oid !== 'string') return outputInvoice(ctx, itemIndex, await create());
		const oid = invoice.oid;
		const { record, alreadyExisted } = await createOnce({
			key: `order ID "${oid}"`,
			findExisting: async () => await invoiceForOrder(ctx, itemIndex, oid, invoice.kind),
			create,
		});
		const output = outputInvoice(ctx, itemIndex, record);
		return alreadyExisted ? { ...output, alreadyExisted } : output;
	},
};
