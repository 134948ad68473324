import type { ResourceModule } from '../../core/router';
import { moduleTable } from '../../core/router';
import { bankAccountResource } from './bankAccount';
import { clientResource } from './client';
import { invoiceResource } from './invoice';
import { productResource } from './product';

/** Every resource of the node, in the order of the Resource dropdown. */
export const RESOURCES: ResourceModule[] = [bankAccountResource, clientResource, invoiceResource, productResource];

export const OPERATIONS = moduleTable(RESOURCES);
