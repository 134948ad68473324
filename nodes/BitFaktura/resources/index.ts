import type { ResourceEntry } from '../../core/router';
import { operationTable } from '../../core/router';
import { accountResource, userResource } from './account';
import { clientResource } from './client';
import { departmentResource } from './department';
import { invoiceResource } from './invoice';
import { paymentResource } from './payment';
import { productResource } from './product';
import { categoryResource, warehouseResource } from './simpleRecords';
import { warehouseDocumentResource } from './warehouseDocument';

/** Every resource of the node, in the order of the Resource dropdown. */
export const RESOURCES: ResourceEntry[] = [
	{ name: 'Account', value: 'account', definition: accountResource },
	{ name: 'Category', value: 'category', definition: categoryResource },
	{ name: 'Client', value: 'client', definition: clientResource },
	{ name: 'Department', value: 'department', definition: departmentResource },
	{ name: 'Invoice', value: 'invoice', definition: invoiceResource },
	{ name: 'Payment', value: 'payment', definition: paymentResource },
	{ name: 'Product', value: 'product', definition: productResource },
	{ name: 'User', value: 'user', definition: userResource },
	{ name: 'Warehouse', value: 'warehouse', definition: warehouseResource },
	{ name: 'Warehouse Document', value: 'warehouseDocument', definition: warehouseDocumentResource },
];

export const OPERATIONS = operationTable(RESOURCES);
