import type { ResourceModule } from '../../../core/router';
import { getManyProducts } from './getMany.operation';

export const productResource: ResourceModule = {
	name: 'Product',
	value: 'product',
	defaultOperation: 'getMany',
	operations: [getManyProducts],
};
