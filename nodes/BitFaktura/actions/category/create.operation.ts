import type { IDataObject } from 'n8n-workflow';

import { fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { categoryFields, categoryNameField, categoryRecord } from './fields';

export const createCategory: OperationModule = {
	option: standardOperation('create', 'Category', 'Categories'),
	kind: 'write',
	properties: [{ ...categoryNameField, required: true }, fieldsCollection('additionalFields', categoryFields)],
	async execute(ctx, itemIndex) {
		const name = requireText(ctx, 'name', itemIndex, 'Name');
		const category = categoryRecord({ ...readCollection(ctx, 'additionalFields', itemIndex), name });
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/categories.json', { body: wrapped('category', category), expect: 'object', itemIndex });
	},
};
