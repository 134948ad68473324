import type { ResourceModule } from '../../../core/router';
import { createDocument } from './create.operation';

export const documentResource: ResourceModule = {
	name: 'Document',
	value: 'document',
	defaultOperation: 'create',
	operations: [createDocument],
};
