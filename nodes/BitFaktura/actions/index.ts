import type { ResourceModule } from '../../core/router';
import { moduleTable } from '../../core/router';
import { accountResource } from './account';
import { categoryResource } from './category';
import { clientResource } from './client';
import { departmentResource } from './department';
import { invoiceResource } from './invoice';
import { paymentResource } from './payment';
import { productResource } from './product';
import { userResource } from './user';
import { warehouseResource } from './warehouse';
import { warehouseDocumentResource } from './warehouseDocument';

/** Every resource of the node, in the order of the Resource dropdown. */
export const RESOURCES: ResourceModule[] = [
	accountResource,
	categoryResource,
	clientResource,
	departmentResource,
	invoiceResource,
	paymentResource,
	productResource,
	userResource,
	warehouseResource,
	warehouseDocumentResource,
];

export const OPERATIONS = moduleTable(RESOURCES);
