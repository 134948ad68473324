import type { ResourceModule } from '../../../core/router';
import { createInvoice } from './create.operation';
import { deleteInvoice } from './delete.operation';
import { downloadPdf } from './downloadPdf.operation';
import { getInvoice } from './get.operation';
import { getCreationStatus } from './getCreationStatus.operation';
import { getManyInvoices } from './getMany.operation';
import { getNextNumber } from './getNextNumber.operation';
import { markAsPaid } from './markAsPaid.operation';
import { sendByEmail } from './sendByEmail.operation';
import { updateInvoice } from './update.operation';

export const invoiceResource: ResourceModule = {
	name: 'Invoice',
	value: 'invoice',
	defaultOperation: 'create',
	operations: [
		createInvoice,
		getCreationStatus,
		getInvoice,
		getManyInvoices,
		updateInvoice,
		deleteInvoice,
		downloadPdf,
		sendByEmail,
		markAsPaid,
		getNextNumber,
	],
};
