import type { ResourceModule } from '../../../core/router';
import { annulInvoice } from './annul.operation';
import { createInvoice } from './create.operation';
import { deleteInvoice } from './delete.operation';
import { downloadPdf } from './downloadPdf.operation';
import { getInvoice } from './get.operation';
import { getManyInvoices } from './getMany.operation';
import { recordPayment } from './recordPayment.operation';
import { sendByEmail } from './sendByEmail.operation';
import { updateInvoice } from './update.operation';

export const invoiceResource: ResourceModule = {
	name: 'Invoice',
	value: 'invoice',
	defaultOperation: 'create',
	operations: [createInvoice, getInvoice, getManyInvoices, updateInvoice, deleteInvoice, downloadPdf, sendByEmail, recordPayment, annulInvoice],
};
