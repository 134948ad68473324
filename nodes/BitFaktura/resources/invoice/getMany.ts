import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { readDate } from '../../../core/fields/dates';
import { readListLimits } from '../../../core/pagination';
import { readCollection } from '../../../core/params';
import type { Operation } from '../../../core/router';
import { bitFakturaList } from '../../transport';
import { INVOICE_KINDS } from './details';
import { outputInvoice } from './output';
import { fieldsCollection } from '../../../core/fields/common';

const PERIODS = [
	{ name: 'All Time', value: 'all' },
	{ name: 'Custom Range', value: 'more' },
	{ name: 'Last 12 Months', value: 'last_12_months' },
	{ name: 'Last 30 Days', value: 'last_30_days' },
	{ name: 'Last Month', value: 'last_month' },
	{ name: 'Last Year', value: 'last_year' },
	{ name: 'This Month', value: 'this_month' },
	{ name: 'This Year', value: 'this_year' },
];

const ORDER_FIELDS = [
	'buyer_name',
	'issue_date',
	'number',
	'oid',
	'paid_date',
	'payment_to',
	'price_gross',
	'price_net',
	'updated_at',
].map((value) => ({ name: value.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase()), value }));

export const getManyFilters: INodeProperties[] = [
	fieldsCollection('filters', [
			{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
			{ displayName: 'Created From Document ID', name: 'fromInvoiceId', type: 'string', default: '', description: 'Documents created from this document (e.g. invoices from a pro forma)' },
			{ displayName: 'Date From', name: 'dateFrom', type: 'string', default: '', placeholder: '2024-01-01', description: 'Start of the Custom Range period. As YYYY-MM-DD.' },
			{ displayName: 'Date To', name: 'dateTo', type: 'string', default: '', placeholder: '2024-01-31', description: 'End of the Custom Range period. As YYYY-MM-DD.' },
			{
				displayName: 'Date Type',
				name: 'dateType',
				type: 'options',
				options: [
					{ name: 'Issue Date', value: 'issue_date' },
					{ name: 'Paid Date', value: 'paid_date' },
					{ name: 'Transaction Date', value: 'transaction_date' },
				],
				default: 'issue_date',
				description: 'Which date the period applies to',
			},
			{ displayName: 'Include Line Items', name: 'includePositions', type: 'boolean', default: false, description: 'Whether to return the line items of each invoice' },
			{ displayName: 'Kinds', name: 'kinds', type: 'multiOptions', options: INVOICE_KINDS, default: [] },
			{ displayName: 'Linked to Document ID', name: 'invoiceId', type: 'string', default: '', description: 'Documents on which the given document was based' },
			{ displayName: 'Number', name: 'number', type: 'string', default: '' },
			{ displayName: 'Order ID', name: 'orderId', type: 'string', default: '', description: 'The order number in your shop or CRM (oid)' },
			{ displayName: 'Period', name: 'period', type: 'options', options: PERIODS, default: 'last_12_months', description: 'The service lists the last 12 months when no period is given' },
			{ displayName: 'Sort By', name: 'order', type: 'options', options: ORDER_FIELDS, default: 'issue_date' },
			{ displayName: 'Sort Descending', name: 'descending', type: 'boolean', default: false, description: 'Whether to list the newest or largest first' },
			{
				displayName: 'Type',
				name: 'income',
				type: 'options',
				options: [
					{ name: 'Sales (Income)', value: 'yes' },
					{ name: 'Purchases (Costs)', value: 'no' },
				],
				default: 'yes',
			},
			{ displayName: 'Unpaid Only', name: 'unpaidOnly', type: 'boolean', default: false, description: 'Whether to keep only invoices not fully paid and not cancelled (filtered by the node, as the API has no such filter)' },
		]),
];

const PASS_THROUGH: Record<string, string> = {
	clientId: 'client_id',
	fromInvoiceId: 'from_invoice_id',
	invoiceId: 'invoice_id',
	number: 'number',
	orderId: 'oid',
	dateType: 'search_date_type',
	period: 'period',
};

function isUnpaid(invoice: IDataObject): boolean {
	return invoice.status !== 'paid' && invoice.cancelled !== true;
}

export const getManyInvoices: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const filters = readCollection(ctx, 'filters', itemIndex);
		const qs: IDataObject = {};
		for (const [field, key] of Object.entries(PASS_THROUGH)) {
			if (filters[field] !== undefined && filters[field] !== '') qs[key] = filters[field];
		}
		const dateFrom = readDate(ctx, filters.dateFrom, 'Date From', itemIndex);
		const dateTo = readDate(ctx, filters.dateTo, 'Date To', itemIndex);
		if (dateFrom !== undefined || dateTo !== undefined) {
			// The service ignores a range unless the period says so (observed); a range alone means "custom".
			if (qs.period !== undefined && qs.period !== 'more') {
				throw inputError(ctx.getNode(), 'Date From and Date To need the period Custom Range', itemIndex);
			}
			qs.period = 'more';
			if (dateFrom !== undefined) qs.date_from = dateFrom;
			if (dateTo !== undefined) qs.date_to = dateTo;
		} else if (qs.period === 'more') {
			throw inputError(ctx.getNode(), 'The period Custom Range needs Date From or Date To', itemIndex);
		}
		const kinds = (filters.kinds as string[] | undefined) ?? [];
		if (kinds.length === 1) qs.kind = kinds[0];
		if (kinds.length > 1) qs.kinds = kinds;
		if (filters.income === 'no') qs.income = 'no';
		if (filters.includePositions === true) qs.include_positions = true;
		if (filters.order !== undefined) qs.order = filters.descending === true ? `${String(filters.order)}.desc` : filters.order;

		const keep = filters.unpaidOnly === true ? isUnpaid : undefined;
		const invoices = await bitFakturaList(ctx, '/invoices.json', qs, readListLimits(ctx, itemIndex), itemIndex, keep);
		return invoices.map((invoice) => outputInvoice(ctx, itemIndex, invoice));
	},
};
