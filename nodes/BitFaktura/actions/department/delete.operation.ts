import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { departmentLocator } from './fields';

export const deleteDepartment = deleteOperation(
	{ label: 'Department', plural: 'Departments', description: 'Remove a seller company from the account', properties: [departmentLocator] },
	async (ctx, itemIndex) => {
		const id = await pickedId(ctx, 'departmentId', itemIndex, 'Department');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/departments/${id}.json`, { expect: 'nothing', itemIndex });
		return Number(id);
	},
);
