import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { locator, optionalPickedId } from '../../locators';
import { CUSTOM_PERIOD, DATE_TYPES, DEFAULT_PERIOD, INCOME_OPTIONS, INVOICE_KINDS, PERIODS, SORT_FIELDS } from '../../mapping/codes';
import type { InvoiceListFilters } from '../../mapping/invoice';
import { invoiceListQuery, isUnpaid } from '../../mapping/invoice';
import { bitFakturaList } from '../../transport';
import { outputInvoice } from './fields';

const filters = fieldsCollection('filters', [
	locator('client', { required: false, description: 'Invoices of this client' }),
	locator('invoice', {
		name: 'fromInvoiceId',
		label: 'Created From Invoice',
		required: false,
		description: 'Documents created from this one, e.g. the invoices issued from a pro forma',
	}),
	{ displayName: 'Date From', name: 'dateFrom', type: 'string', default: '', placeholder: 'e.g. 2024-01-01', description: 'Start of the Custom Range period. As YYYY-MM-DD.' },
	{ displayName: 'Date To', name: 'dateTo', type: 'string', default: '', placeholder: 'e.g. 2024-01-31', description: 'End of the Custom Range period. As YYYY-MM-DD.' },
	{ displayName: 'Date Type', name: 'dateType', type: 'options', options: DATE_TYPES, default: 'issue_date', description: 'Which date the period applies to' },
	{ displayName: 'Include Line Items', name: 'includePositions', type: 'boolean', default: false, description: 'Whether to return the line items of each invoice' },
	{ displayName: 'Kinds', name: 'kinds', type: 'multiOptions', options: INVOICE_KINDS, default: [] },
	locator('invoice', {
		name: 'invoiceId',
		label: 'Sources of Invoice',
		required: false,
		description: 'The documents the picked one was created from, e.g. the pro forma an invoice was issued from',
	}),
	{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. 1/12/2024', description: 'The printed number, exactly' },
	{ displayName: 'Order ID', name: 'orderId', type: 'string', default: '', placeholder: 'e.g. crm-deal-1001', description: 'The order number in your shop or CRM' },
	{ displayName: 'Period', name: 'period', type: 'options', options: PERIODS, default: DEFAULT_PERIOD, description: 'The service lists the last 12 months when no period is given' },
	{ displayName: 'Sales or Purchases', name: 'income', type: 'options', options: INCOME_OPTIONS, default: 'yes' },
	{ displayName: 'Sort By', name: 'order', type: 'options', options: SORT_FIELDS, default: 'issue_date' },
	{ displayName: 'Sort Descending', name: 'descending', type: 'boolean', default: false, description: 'Whether to list the newest or largest first' },
	{ displayName: 'Unpaid Only', name: 'unpaidOnly', type: 'boolean', default: false, description: 'Whether to keep only invoices not fully paid and not cancelled (filtered by the node, as the API has no such filter)' },
]);

const properties: INodeProperties[] = [...returnAllAndLimit({}), filters, simplifyField({})];

/** The filters as list parameters; a date range needs the Custom Range period, which it implies. */
async function readFilters(ctx: IExecuteFunctions, itemIndex: number): Promise<InvoiceListFilters> {
	const values = readCollection(ctx, 'filters', itemIndex);
	const dateFrom = readDate(ctx, values.dateFrom, 'Date From', itemIndex);
	const dateTo = readDate(ctx, values.dateTo, 'Date To', itemIndex);
	let period = optionalText(values.period);
	if (dateFrom !== undefined || dateTo !== undefined) {
		// The service ignores a range unless the period says so (observed); a range alone means "custom".
		if (period !== undefined && period !== CUSTOM_PERIOD) {
			throw inputError(ctx.getNode(), 'Date From and Date To need the period Custom Range', itemIndex);
		}
		period = CUSTOM_PERIOD;
	} else if (period === CUSTOM_PERIOD) {
		throw inputError(ctx.getNode(), 'The period Custom Range needs Date From or Date To', itemIndex);
	}
	const picked = async (field: string, label: string) => await optionalPickedId(ctx, `filters.${field}`, itemIndex, label);
	return {
		clientId: 'clientId' in values ? await picked('clientId', 'Client') : undefined,
		fromInvoiceId: 'fromInvoiceId' in values ? await picked('fromInvoiceId', 'Created From Invoice') : undefined,
		invoiceId: 'invoiceId' in values ? await picked('invoiceId', 'Sources of Invoice') : undefined,
		number: optionalText(values.number),
		orderId: optionalText(values.orderId),
		dateType: optionalText(values.dateType),
		period,
		dateFrom,
		dateTo,
		kinds: (values.kinds as string[] | undefined) ?? [],
		income: optionalText(values.income),
		includePositions: values.includePositions === true,
		order: optionalText(values.order),
		descending: values.descending === true,
	};
}

export const getManyInvoices: OperationModule = {
	option: { ...standardOperation('getMany', 'Invoice', 'Invoices'), description: 'List invoices by period, client, kind, number or order ID' },
	kind: 'read',
	properties,
	async execute(ctx, itemIndex) {
		const values = readCollection(ctx, 'filters', itemIndex);
		const query = invoiceListQuery(await readFilters(ctx, itemIndex));
		const keep = values.unpaidOnly === true ? isUnpaid : undefined;
		const invoices = await bitFakturaList(ctx, '/invoices.json', query, readListLimits(ctx, itemIndex), itemIndex, keep);
		return invoices.map((invoice) => outputInvoice(ctx, itemIndex, invoice));
	},
};
