import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { checked, optionalId, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientLocator, invoiceLocator, readInvoiceId } from '../../locators';
import { invoiceBody, invoiceFieldsOf } from '../../mapping/invoice';
import { infaktRequest } from '../../transport';
import { invoiceDetailFields, lineItems, outputInvoice, readInvoiceFields, readServices } from './fields';

const updateFields = alphabetical([{ ...clientLocator, required: false, description: 'Another client of the account as the buyer' }, ...invoiceDetailFields]);

/** inFakt answers the changed invoice at once; only what is set is sent. */
export const updateInvoice: OperationModule = {
	option: { ...standardOperation('update', 'Invoice', 'Invoices'), description: 'Change an invoice\'s fields, or replace its lines' },
	kind: 'write',
	properties: [
		invoiceLocator,
		lineItems('When any line is given, these replace all the invoice\'s lines; leave empty to keep the lines as they are'),
		fieldsCollection('updateFields', updateFields),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const uuid = readInvoiceId(ctx, itemIndex);
		const values = readCollection(ctx, 'updateFields', itemIndex);
		const { fields, bank } = await readInvoiceFields(ctx, itemIndex, 'updateFields', values);
		const clientId = 'clientId' in values ? optionalId(ctx, 'updateFields.clientId', itemIndex, 'Client') : undefined;
		const { services } = readServices(ctx, itemIndex, false);
		const changes = {
			...checked(ctx, itemIndex, () => invoiceFieldsOf({ ...fields, clientId })),
			...bank,
			...(services.length > 0 && { services }),
		};
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields", or line items.');
		}
		return outputInvoice(ctx, itemIndex, await infaktRequest(ctx, 'PUT', `/invoices/${uuid}.json`, { body: invoiceBody(changes), itemIndex }));
	},
};
