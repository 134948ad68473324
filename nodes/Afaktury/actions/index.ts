import type { ResourceModule } from '../../core/router';
import { moduleTable } from '../../core/router';
import { documentResource } from './document';
import { productResource } from './product';

/** Every resource of the node, in the order of the Resource dropdown. */
export const RESOURCES: ResourceModule[] = [documentResource, productResource];

export const OPERATIONS = moduleTable(RESOURCES);
