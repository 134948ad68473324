import type { IDataObject } from 'n8n-workflow';

import { fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { productOf } from '../../mapping/records';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { productFields, productNameField, readProduct } from './fields';

export const createProduct: OperationModule = {
	option: standardOperation('create', 'Product', 'Products'),
	kind: 'write',
	properties: [{ ...productNameField, required: true }, fieldsCollection('additionalFields', productFields)],
	async execute(ctx, itemIndex) {
		const name = requireText(ctx, 'name', itemIndex, 'Name');
		const values = await readProduct(ctx, itemIndex, 'additionalFields', readCollection(ctx, 'additionalFields', itemIndex));
		const product = productOf({ name, ...values });
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/products.json', { body: wrapped('product', product), expect: 'object', itemIndex });
	},
};
