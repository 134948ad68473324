import { simplifyField } from '../../../core/fields/common';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { ANNUL_PATCH } from '../../mapping/invoice';
import { v3Change } from '../../transport';
import { invoiceNow } from './fields';
import { readBack } from '../../../core/readBack';

/** The annulled document stays in the records, as the law keeps it (third-party code annuls with a PATCH). */
export const annulInvoice: OperationModule = {
	option: { value: 'annul', name: 'Annul', action: 'Annul an invoice', description: 'Mark an issued document void; it stays in the records' },
	kind: 'write',
	properties: [invoiceLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = readInvoiceId(ctx, itemIndex);
		await v3Change(ctx, 'PATCH', `/invoices/${id}`, { body: ANNUL_PATCH, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg annulled invoice ${id}`, () => invoiceNow(ctx, itemIndex, id));
	},
};
