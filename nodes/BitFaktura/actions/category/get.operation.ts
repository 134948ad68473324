import type { IDataObject } from 'n8n-workflow';

import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { categoryLocator } from './fields';

export const getCategory: OperationModule = {
	option: standardOperation('get', 'Category', 'Categories'),
	kind: 'read',
	properties: [categoryLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'categoryId', itemIndex, 'Category');
		return await bitFakturaRequest<IDataObject>(ctx, 'GET', `/categories/${id}.json`, { expect: 'object', itemIndex });
	},
};
