import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { simplifyDocument } from '../../mapping/document';
import { PROFORMA } from '../../mapping/documentTypes';
import type { ListFilters } from '../../mapping/lists';
import { orderPath, PROFORMA_LIST_PATH, proformaRefsOfOrder } from '../../mapping/lists';
import { ifirmaRequest } from '../../transport';
import { listFields } from '../document/fields';
import { listDocuments, readListFilters } from '../document/operations';
import { documentOutput, readDocument } from '../document/output';

/** The filters the order search cannot apply: iFirma finds a pro forma by its order alone. */
const NOT_WITH_ORDER: Array<[Exclude<keyof ListFilters, 'issuedFrom'>, string]> = [
	['statuses', 'Payment Status'],
	['clientIdentifier', 'Client'],
	['clientTaxId', 'Client Tax ID'],
	['amountFrom', 'Amount From'],
	['amountTo', 'Amount To'],
];

/**
 * The pro formas issued through the API for an order, found by iFirma's order search and read in full;
 * the issue dates, when given, narrow them as they would narrow a list.
 */
async function proformasOfOrder(ctx: IExecuteFunctions, itemIndex: number, orderNumber: string, issuedFrom: string | undefined): Promise<IDataObject[]> {
	const filters = readListFilters(ctx, itemIndex);
	for (const [filter, label] of NOT_WITH_ORDER) {
		const value = filters[filter];
		if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
			throw inputError(ctx.getNode(), `${label} cannot be combined with Order Number`, itemIndex, 'iFirma finds pro formas by their order alone; remove one of the two filters.');
		}
	}
	const within = (issued: string) => (issuedFrom === undefined || issued >= issuedFrom) && (filters.issuedTo === undefined || issued <= filters.issuedTo);
	const refs = proformaRefsOfOrder((await ifirmaRequest(ctx, 'GET', orderPath(orderNumber), { itemIndex })).payload);
	const records: IDataObject[] = [];
	for (const ref of refs) records.push(await readDocument(ctx, itemIndex, PROFORMA, ref));
	return records
		.filter((record) => within(simplifyDocument(record, PROFORMA).issueDate ?? ''))
		.slice(0, readListLimits(ctx, itemIndex).limit)
		.map((record) => documentOutput(ctx, itemIndex, record, PROFORMA));
}

export const getMany: OperationModule = {
	option: standardOperation('getMany', 'Pro Forma', 'Pro Formas'),
	properties: [
		...listFields({ required: false, description: 'First issue date to list, as YYYY-MM-DD; iFirma lists 30 days from it unless Issued To is set. Not needed with an Order Number.' }, [
			{
				displayName: 'Order Number',
				name: 'orderNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. SHOP-1042',
				description: 'Only the pro formas issued through the API for this order, found by iFirma’s order search',
			},
		]),
		simplifyField({}),
	],
	kind: 'read',
	async execute(ctx, itemIndex) {
		const orderNumber = optionalText(readCollection(ctx, 'filters', itemIndex).orderNumber);
		const issuedFrom = readDate(ctx, ctx.getNodeParameter('issuedFrom', itemIndex, ''), 'Issued From', itemIndex);
		if (orderNumber !== undefined) return await proformasOfOrder(ctx, itemIndex, orderNumber, issuedFrom);
		if (issuedFrom === undefined) {
			throw inputError(ctx.getNode(), 'Issued From is required', itemIndex, 'iFirma lists pro formas from a date, as YYYY-MM-DD; or find them by Filters → Order Number.');
		}
		return await listDocuments(ctx, itemIndex, PROFORMA_LIST_PATH, { issuedFrom, ...readListFilters(ctx, itemIndex) }, PROFORMA);
	},
};
