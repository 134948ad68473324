import type { ResourceModule } from '../../../core/router';
import { create } from './create.operation';

/** Money received for an invoice. */
export const payment: ResourceModule = {
	name: 'Payment',
	value: 'payment',
	defaultOperation: 'create',
	operations: [create],
};
