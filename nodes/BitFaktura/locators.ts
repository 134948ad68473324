import { idLocator } from '../core/fields/locator';

export const clientLocator = (name = 'clientId', required = true) =>
	idLocator({ name, label: 'Client', searchMethod: 'searchClients', required });
export const productLocator = (name = 'productId') =>
	idLocator({ name, label: 'Product', searchMethod: 'searchProducts' });
export const warehouseLocator = (name = 'warehouseId') =>
	idLocator({ name, label: 'Warehouse', searchMethod: 'searchWarehouses' });
export const categoryLocator = (name = 'categoryId') =>
	idLocator({ name, label: 'Category', searchMethod: 'searchCategories' });
export const departmentLocator = (name = 'departmentId') =>
	idLocator({ name, label: 'Department', searchMethod: 'searchDepartments' });
