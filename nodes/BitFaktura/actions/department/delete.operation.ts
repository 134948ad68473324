import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { departmentLocator } from './fields';

export const deleteDepartment: OperationModule = {
	option: { ...standardOperation('delete', 'Department', 'Departments'), description: 'Remove a seller company from the account' },
	kind: 'write',
	properties: [departmentLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'departmentId', itemIndex, 'Department');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/departments/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
