import type { ResourceModule } from '../../core/router';
import { moduleTable } from '../../core/router';
import { bankAccountResource } from './bankAccount';
import { clientResource } from './client';
import { documentResource } from './document';
import { invoiceResource } from './invoice';
import { itemResource } from './item';

/** The resources of API v3, in the order of the Resource dropdown. */
export const V3_RESOURCES: ResourceModule[] = [invoiceResource, clientResource, itemResource, bankAccountResource];

/** The XML API issues documents and nothing else. */
export const V1_RESOURCES: ResourceModule[] = [documentResource];

export const RESOURCES: ResourceModule[] = [...V3_RESOURCES, ...V1_RESOURCES];

export const OPERATIONS = moduleTable(RESOURCES);
