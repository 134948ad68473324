import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { categoryFields, categoryLocator, categoryNameField, categoryRecord } from './fields';

export const updateCategory: OperationModule = {
	option: standardOperation('update', 'Category', 'Categories'),
	kind: 'write',
	properties: [categoryLocator, fieldsCollection('updateFields', alphabetical([categoryNameField, ...categoryFields]))],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'categoryId', itemIndex, 'Category');
		const changes = categoryRecord(readCollection(ctx, 'updateFields', itemIndex));
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/categories/${id}.json`, { body: wrapped('category', changes), expect: 'object', itemIndex });
	},
};
