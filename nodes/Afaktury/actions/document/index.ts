import type { ResourceModule } from '../../../core/router';
import { addPayment } from './addPayment.operation';
import { createDocument } from './create.operation';
import { deleteDocument } from './delete.operation';
import { downloadPdf } from './downloadPdf.operation';
import { getDocument } from './get.operation';
import { getManyDocuments } from './getMany.operation';
import { resetPayments } from './resetPayments.operation';
import { sendByEmail } from './sendByEmail.operation';
import { sendReminder } from './sendReminder.operation';
import { sendToAccountant } from './sendToAccountant.operation';
import { updateDocument } from './update.operation';

export const documentResource: ResourceModule = {
	name: 'Document',
	value: 'document',
	defaultOperation: 'create',
	operations: [
		createDocument,
		getDocument,
		getManyDocuments,
		updateDocument,
		deleteDocument,
		downloadPdf,
		addPayment,
		resetPayments,
		sendByEmail,
		sendReminder,
		sendToAccountant,
	],
};
