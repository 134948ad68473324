import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import type { ListFilters } from '../../mapping/list';
import { listQuery, PAYMENT_STATUS_OPTIONS } from '../../mapping/list';
import { listPath } from '../../mapping/modules';
import { afakturyList } from '../../transport';
import { currencyField, documentTypeField, optionalId, outputDocuments, paymentMethodField, readModule, sellerDataSetField } from './fields';

const wholeNumber = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 1,
	description,
});

const filters = fieldsCollection('filters', [
	wholeNumber('clientId', 'Client ID', 'Documents of this client of the account'),
	currencyField(),
	{ displayName: 'Date From', name: 'dateFrom', type: 'string', default: '', placeholder: 'e.g. 2026-01-01', description: 'Start of the period. As YYYY-MM-DD.' },
	{ displayName: 'Date To', name: 'dateTo', type: 'string', default: '', placeholder: 'e.g. 2026-01-31', description: 'End of the period. As YYYY-MM-DD.' },
	{ displayName: 'First Letter', name: 'letter', type: 'string', default: '', placeholder: 'e.g. a', description: 'Documents whose buyer starts with this letter' },
	wholeNumber('month', 'Month', 'Month of the period, with Year (not with Date From and Date To)'),
	{ displayName: 'Payment Status', name: 'paymentStatus', type: 'options', options: PAYMENT_STATUS_OPTIONS, default: 'all' },
	paymentMethodField(),
	{ displayName: 'Product', name: 'product', type: 'string', default: '', placeholder: 'e.g. Consulting', description: 'Documents with a line matching this phrase' },
	{ displayName: 'Search', name: 'phrase', type: 'string', default: '', placeholder: 'e.g. 1/01/2026', description: 'Afaktury\'s phrase search over numbers and buyers; it is not an exact match' },
	sellerDataSetField(),
	wholeNumber('sortColumn', 'Sort Column', 'The column Afaktury sorts by, by its number'),
	{ displayName: 'Sort Descending', name: 'sortDescending', type: 'boolean', default: false, description: 'Whether to list the newest or largest first' },
	wholeNumber('userId', 'User ID', 'Documents issued by this user of the account'),
	{ ...wholeNumber('year', 'Year', 'Year of the period (not with Date From and Date To)'), default: 2026, typeOptions: { minValue: 2000, numberPrecision: 0 } },
]);

const properties: INodeProperties[] = [documentTypeField, ...returnAllAndLimit({}), filters, simplifyField({})];

function wholeNumberOf(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

async function readFilters(ctx: IExecuteFunctions, itemIndex: number): Promise<ListFilters> {
	const values = readCollection(ctx, 'filters', itemIndex);
	const dateFrom = readDate(ctx, values.dateFrom, 'Date From', itemIndex);
	const dateTo = readDate(ctx, values.dateTo, 'Date To', itemIndex);
	const year = wholeNumberOf(values.year);
	const month = wholeNumberOf(values.month);
	if ((year !== undefined || month !== undefined) && (dateFrom !== undefined || dateTo !== undefined)) {
		throw inputError(ctx.getNode(), 'Year and Month cannot be combined with Date From and Date To', itemIndex, 'Afaktury takes one period: a year (and month) or a date range.');
	}
	if (month !== undefined && year === undefined) throw inputError(ctx.getNode(), 'Month needs a Year', itemIndex);
	return {
		phrase: optionalText(values.phrase),
		letter: optionalText(values.letter),
		dateFrom,
		dateTo,
		year,
		month,
		product: optionalText(values.product),
		paymentStatus: optionalText(values.paymentStatus),
		clientId: wholeNumberOf(values.clientId),
		userId: wholeNumberOf(values.userId),
		sortColumn: wholeNumberOf(values.sortColumn),
		sortDescending: typeof values.sortDescending === 'boolean' ? values.sortDescending : undefined,
		currencyId: await optionalId(ctx, itemIndex, 'currency', values.currency, 'Currency'),
		paymentMethodId: await optionalId(ctx, itemIndex, 'payKind', values.paymentMethod, 'Payment Method'),
		dataSetId: await optionalId(ctx, itemIndex, 'data', values.sellerDataSet, 'Seller Data Set'),
	};
}

export const getManyDocuments: OperationModule = {
	option: { ...standardOperation('getMany', 'Document', 'Documents'), description: 'List documents by period, payment status, client or phrase' },
	kind: 'read',
	properties,
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const query = listQuery(await readFilters(ctx, itemIndex));
		const records = await afakturyList(ctx, listPath(module), query, readListLimits(ctx, itemIndex), itemIndex);
		return await outputDocuments(ctx, itemIndex, module, records);
	},
};
