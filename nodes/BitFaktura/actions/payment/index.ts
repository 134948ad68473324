import type { ResourceModule } from '../../../core/router';
import { createPayment } from './create.operation';
import { deletePayment } from './delete.operation';
import { getPayment } from './get.operation';
import { getManyPayments } from './getMany.operation';
import { updatePayment } from './update.operation';

export const paymentResource: ResourceModule = {
	name: 'Payment',
	value: 'payment',
	defaultOperation: 'create',
	operations: [createPayment, getPayment, getManyPayments, updatePayment, deletePayment],
};
