import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readLineItems } from '../../../core/fields/lineItems';
import { readParty } from '../../../core/fields/party';
import { standardOperation } from '../../../core/fields/operations';
import { createOnce } from '../../../core/idempotency';
import { readCollection, requireText } from '../../../core/params';
import { readBack } from '../../../core/readBack';
import type { OperationModule } from '../../../core/router';
import { locator, pickedId } from '../../locators';
import {
	buyerClientOf,
	isInvoiceForOrder,
	kindOfWrite,
	lacksPositions,
	orderIdOf,
	orderSearchQuery,
	partyFieldsOf,
	positionOf,
} from '../../mapping/invoice';
import { lineLimitsFor, PARTY_LENGTHS } from '../../mapping/limits';
import { wrapped } from '../../mapping/wire';
import { bitFakturaPage, bitFakturaRequest } from '../../transport';
import {
	buyerDetails,
	discountSettings,
	fetchInvoice,
	invoiceDetailFields,
	lineItems,
	outputInvoice,
	readInvoiceDetails,
	readPartyCollection,
	sellerDetails,
} from './fields';

const properties: INodeProperties[] = [
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
	{ ...locator('client'), displayOptions: { show: { buyerType: ['client'] } } },
	{
		displayName: 'Buyer Name',
		name: 'buyerName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Kvitka LLC',
		displayOptions: { show: { buyerType: ['details'] } },
	},
	{ ...buyerDetails, displayOptions: { show: { buyerType: ['details'] } } },
	{ ...lineItems('lineItems', 'Line Items'), required: true },
	fieldsCollection('additionalFields', invoiceDetailFields),
	sellerDetails,
	simplifyField({}),
];

async function buyerOf(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	if (ctx.getNodeParameter('buyerType', itemIndex) === 'client') {
		return buyerClientOf(await pickedId(ctx, 'clientId', itemIndex, 'Client'));
	}
	const name = requireText(ctx, 'buyerName', itemIndex, 'Buyer Name', PARTY_LENGTHS.name);
	return partyFieldsOf('buyer', readParty(name, readPartyCollection(ctx, itemIndex, buyerDetails)));
}

/** Seller Details replace the department's for this invoice only; empty, the department's apply. */
function sellerOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const { name, ...rest } = readPartyCollection(ctx, itemIndex, sellerDetails);
	return partyFieldsOf('seller', readParty(String(name ?? ''), rest));
}

/**
 * BitFaktura answers a create without the invoice's positions, so the invoice is read back for its lines.
 * With an Order ID, a re-run returns the invoice already issued for the order (marked `alreadyExisted`)
 * instead of issuing it twice, also when the answer to the first attempt was lost.
 */
export const createInvoice: OperationModule = {
	option: { ...standardOperation('create', 'Invoice', 'Invoices'), description: 'Issue an invoice, pro forma or other document' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const buyer = await buyerOf(ctx, itemIndex);
		const additional = readCollection(ctx, 'additionalFields', itemIndex);
		const items = readLineItems(ctx, itemIndex, { required: true, limits: lineLimitsFor(additional.kind) });
		const invoice: IDataObject = {
			...(await readInvoiceDetails(ctx, itemIndex, 'additionalFields', additional)),
			...discountSettings(ctx, itemIndex, items, additional.discountKind),
			...sellerOf(ctx, itemIndex),
			...buyer,
			positions: items.map(positionOf),
		};
		const create = async () => {
			const created = await bitFakturaRequest<IDataObject>(ctx, 'POST', '/invoices.json', { body: wrapped('invoice', invoice), expect: 'object', itemIndex });
			if (!lacksPositions(created)) return created;
			const id = String(created.id);
			return await readBack(ctx, itemIndex, `BitFaktura issued invoice ${String(created.number)} (ID ${id})`, () => fetchInvoice(ctx, itemIndex, id));
		};
		const orderId = orderIdOf(invoice);
		if (orderId === undefined) return outputInvoice(ctx, itemIndex, await create());
		const { record, alreadyExisted } = await createOnce({
			key: `order ID "${orderId}"`,
			findExisting: async () => {
				const invoices = await bitFakturaPage(ctx, '/invoices.json', orderSearchQuery(orderId), 1, itemIndex);
				return invoices.find((found) => isInvoiceForOrder(found, orderId, kindOfWrite(invoice)));
			},
			create,
		});
		const output = outputInvoice(ctx, itemIndex, record);
		return alreadyExisted ? { ...output, alreadyExisted } : output;
	},
};
