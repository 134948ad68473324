import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { departmentFields, departmentLocator, departmentNameField, departmentRecord } from './fields';

const updateFields = alphabetical([departmentNameField, ...departmentFields]);

export const updateDepartment: OperationModule = {
	option: { ...standardOperation('update', 'Department', 'Departments'), description: 'Change a seller company’s name, tax ID, address or bank details' },
	kind: 'write',
	properties: [departmentLocator, fieldsCollection('updateFields', updateFields)],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'departmentId', itemIndex, 'Department');
		const values = readCollection(ctx, 'updateFields', itemIndex);
		const changes = departmentRecord(ctx, itemIndex, String(values.name ?? ''), values, updateFields);
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/departments/${id}.json`, { body: wrapped('department', changes), expect: 'object', itemIndex });
	},
};
