import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { departmentLocator, outputDepartment } from './fields';

export const getDepartment: OperationModule = {
	option: { ...standardOperation('get', 'Department', 'Departments'), description: 'Get one of the account’s seller companies' },
	kind: 'read',
	properties: [departmentLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'departmentId', itemIndex, 'Department');
		const department = await bitFakturaRequest<IDataObject>(ctx, 'GET', `/departments/${id}.json`, { expect: 'object', itemIndex });
		return outputDepartment(ctx, itemIndex, department);
	},
};
