import { inputError } from '../../../core/errors';
import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readDate } from '../../../core/fields/dates';
import type { OperationModule } from '../../../core/router';
import { DOMESTIC_CODE, TYPE_CODE_OPTIONS } from '../../mapping/documentTypes';
import { INVOICE_LIST_PATH } from '../../mapping/lists';
import { listFields } from '../document/fields';
import { listDocuments, readListFilters } from '../document/operations';

/** Every invoice type but pro formas, which have their own list. */
export const getMany: OperationModule = {
	option: standardOperation('getMany', 'Invoice', 'Invoices'),
	properties: [
		...listFields({}, [{ displayName: 'Type', name: 'typeCode', type: 'options', options: TYPE_CODE_OPTIONS, default: DOMESTIC_CODE }]),
		simplifyField({}),
	],
	kind: 'read',
	async execute(ctx, itemIndex) {
		const issuedFrom = readDate(ctx, ctx.getNodeParameter('issuedFrom', itemIndex), 'Issued From', itemIndex);
		if (issuedFrom === undefined) throw inputError(ctx.getNode(), 'Issued From is required', itemIndex, 'iFirma lists invoices from a date, as YYYY-MM-DD.');
		return await listDocuments(ctx, itemIndex, INVOICE_LIST_PATH, { issuedFrom, ...readListFilters(ctx, itemIndex) });
	},
};
