import { returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { bitFakturaList } from '../../transport';
import { outputDepartment } from './fields';

export const getManyDepartments: OperationModule = {
	option: { ...standardOperation('getMany', 'Department', 'Departments'), description: 'List the account’s seller companies' },
	kind: 'read',
	properties: [...returnAllAndLimit({}), simplifyField({})],
	async execute(ctx, itemIndex) {
		const departments = await bitFakturaList(ctx, '/departments.json', {}, readListLimits(ctx, itemIndex), itemIndex);
		return departments.map((department) => outputDepartment(ctx, itemIndex, department));
	},
};
