import type { IDataObject } from 'n8n-workflow';

import { fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { CLIENT_LENGTHS } from '../../mapping/limits';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { departmentFields, departmentNameField, departmentRecord } from './fields';

export const createDepartment: OperationModule = {
	option: { ...standardOperation('create', 'Department', 'Departments'), description: 'Add a seller company to the account' },
	kind: 'write',
	properties: [{ ...departmentNameField, required: true }, fieldsCollection('additionalFields', departmentFields)],
	async execute(ctx, itemIndex) {
		const name = requireText(ctx, 'name', itemIndex, 'Name', CLIENT_LENGTHS.name);
		const department = departmentRecord(ctx, itemIndex, name, readCollection(ctx, 'additionalFields', itemIndex), departmentFields);
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/departments.json', { body: wrapped('department', department), expect: 'object', itemIndex });
	},
};
