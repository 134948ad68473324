import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import type { InvoiceList } from '../../mapping/codes';
import { FILTERABLE_LISTS, INVOICE_LIST_OPTIONS, INVOICE_LISTS, SORT_FIELD_OPTIONS } from '../../mapping/codes';
import type { InvoiceFilters } from '../../mapping/list';
import { invoiceListQuery } from '../../mapping/list';
import { infaktList } from '../../transport';
import { outputInvoice } from './fields';

const filterable = { show: { listKind: FILTERABLE_LISTS } };

const properties: INodeProperties[] = [
	{ displayName: 'Kind', name: 'listKind', type: 'options', options: INVOICE_LIST_OPTIONS, default: 'all' },
	...returnAllAndLimit({}),
	{
		...fieldsCollection('filters', [
			{ displayName: 'Client Tax ID', name: 'clientTaxId', type: 'string', default: '', placeholder: 'e.g. 526-025-02-74', description: 'The buyer\'s NIP; only its digits are compared' },
			{ displayName: 'Issue Date From', name: 'issueDateFrom', type: 'string', default: '', placeholder: 'e.g. 2026-01-01', description: 'As YYYY-MM-DD' },
			{ displayName: 'Issue Date To', name: 'issueDateTo', type: 'string', default: '', placeholder: 'e.g. 2026-01-31', description: 'As YYYY-MM-DD' },
			{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. 5/01/2026', description: 'The invoice with exactly this number' },
			{
				displayName: 'Paid',
				name: 'paidState',
				type: 'options',
				options: [
					{ name: 'All', value: 'all' },
					{ name: 'Paid', value: 'paid' },
					{ name: 'Unpaid', value: 'unpaid' },
				],
				default: 'all',
			},
		]),
		displayOptions: filterable,
	},
	{
		...fieldsCollection('options', [
			{ displayName: 'Sort By', name: 'sortBy', type: 'options', options: SORT_FIELD_OPTIONS, default: 'invoice_date' },
			{ displayName: 'Sort Descending', name: 'sortDescending', type: 'boolean', default: false, description: 'Whether to list the newest or largest first' },
		]),
		displayOptions: filterable,
	},
	simplifyField({}),
];

function readFilters(ctx: IExecuteFunctions, itemIndex: number, kind: string | undefined): InvoiceFilters {
	const filters = readCollection(ctx, 'filters', itemIndex);
	const options = readCollection(ctx, 'options', itemIndex);
	const paidState = optionalText(filters.paidState);
	return {
		kind,
		number: optionalText(filters.number),
		clientTaxId: optionalText(filters.clientTaxId),
		issueDateFrom: readDate(ctx, filters.issueDateFrom, 'Issue Date From', itemIndex),
		issueDateTo: readDate(ctx, filters.issueDateTo, 'Issue Date To', itemIndex),
		paidState: paidState === 'all' ? undefined : paidState,
		sortBy: optionalText(options.sortBy),
		sortDescending: options.sortDescending === true,
	};
}

/** Paged by offset and counted against `total_count`; inFakt's `next` link is never followed. */
export const getManyInvoices: OperationModule = {
	option: { ...standardOperation('getMany', 'Invoice', 'Invoices'), description: 'List invoices of a kind, by number, client, issue date or payment' },
	kind: 'read',
	properties,
	async execute(ctx, itemIndex) {
		const listKind = ctx.getNodeParameter('listKind', itemIndex) as InvoiceList;
		const list = INVOICE_LISTS[listKind];
		const query = FILTERABLE_LISTS.includes(listKind) ? invoiceListQuery(readFilters(ctx, itemIndex, list.kind)) : {};
		const invoices = await infaktList(ctx, list.path, query, readListLimits(ctx, itemIndex), itemIndex);
		return invoices.map((invoice) => outputInvoice(ctx, itemIndex, invoice));
	},
};
