import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** The list filters by the node's names; dictionary values are ids already. */
export interface ListFilters {
	phrase?: string;
	letter?: string;
	dateFrom?: string;
	dateTo?: string;
	year?: number;
	month?: number;
	product?: string;
	paymentStatus?: string;
	clientId?: number;
	paymentMethodId?: number;
	currencyId?: number;
	dataSetId?: number;
	userId?: number;
	sortColumn?: number;
	sortDescending?: boolean;
}

/** `payedKind` as the vendor page numbers it. */
export const PAYMENT_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'All', value: 'all' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Unpaid', value: 'unpaid' },
	{ name: 'Overdue', value: 'overdue' },
];

const PAYED_KIND: Record<string, number> = { all: 0, paid: 1, unpaid: 2, overdue: 3 };

const FILTER_NAMES: Record<Exclude<keyof ListFilters, 'paymentStatus' | 'sortDescending'>, string> = {
	phrase: 'phrase',
	letter: 'letter',
	dateFrom: 'dateBegin',
	dateTo: 'dateEnd',
	year: 'year',
	month: 'month',
	product: 'product',
	clientId: 'client',
	paymentMethodId: 'payKind',
	currencyId: 'currency',
	dataSetId: 'data',
	userId: 'user',
	sortColumn: 'sortItem',
};

/** The `data` object of a list request, without its page; filters not given are left out. */
export function listQuery(filters: ListFilters): IDataObject {
	const query: IDataObject = {};
	for (const [field, wireName] of Object.entries(FILTER_NAMES) as Array<[keyof typeof FILTER_NAMES, string]>) {
		const value = filters[field];
		if (value !== undefined && value !== '') query[wireName] = value;
	}
	if (filters.paymentStatus !== undefined) query.payedKind = PAYED_KIND[filters.paymentStatus] ?? 0;
	if (filters.sortDescending !== undefined) query.sortDir = filters.sortDescending ? 'd' : 'a';
	return query;
}
