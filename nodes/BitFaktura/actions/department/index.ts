import type { ResourceModule } from '../../../core/router';
import { createDepartment } from './create.operation';
import { deleteDepartment } from './delete.operation';
import { getDepartment } from './get.operation';
import { getManyDepartments } from './getMany.operation';
import { updateDepartment } from './update.operation';
import { uploadLogo } from './uploadLogo.operation';

export const departmentResource: ResourceModule = {
	name: 'Department',
	value: 'department',
	defaultOperation: 'get',
	operations: [createDepartment, getDepartment, getManyDepartments, updateDepartment, deleteDepartment, uploadLogo],
};
