import type { ResourceModule } from '../../core/router';
import { moduleTable } from '../../core/router';
import { account } from './account';
import { client } from './client';
import { invoice } from './invoice';
import { payment } from './payment';
import { proforma } from './proforma';

/** Every resource of the node, in the order of the Resource dropdown. */
export const RESOURCES: ResourceModule[] = [account, client, invoice, payment, proforma];

export const OPERATIONS = moduleTable(RESOURCES);
