import type { IDataObject } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { wantsSimplified } from '../../../core/output';
import { valueById } from '../../dictionaries';
import { foreignId } from '../../mapping/document';
import { listQuery } from '../../mapping/list';
import { PRODUCT_LIST_PATH } from '../../mapping/modules';
import { simplifyProduct } from '../../mapping/product';
import { afakturyList } from '../../transport';

export const getManyProducts: OperationModule = {
	option: { ...standardOperation('getMany', 'Product', 'Products'), description: 'List the products of the catalogue' },
	kind: 'read',
	properties: [
		...returnAllAndLimit({}),
		fieldsCollection('filters', [
			{ displayName: 'Search', name: 'phrase', type: 'string', default: '', placeholder: 'e.g. Consulting', description: 'Afaktury\'s phrase search over the products' },
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const phrase = optionalText(readCollection(ctx, 'filters', itemIndex).phrase);
		const records = await afakturyList(ctx, PRODUCT_LIST_PATH, listQuery({ phrase }), readListLimits(ctx, itemIndex), itemIndex);
		if (!wantsSimplified(ctx, itemIndex) || records.length === 0) return records;
		const rateOf = await valueById(ctx, 'vat', itemIndex);
		const unitOf = await valueById(ctx, 'unit', itemIndex);
		return records.map((record) => simplifyProduct(record, rateOf(foreignId(record.vat)), unitOf(foreignId(record.unit))) as unknown as IDataObject);
	},
};
