import type { OperationModule } from '../../../core/router';
import { proformaLocator } from '../../locators';
import { PROFORMA } from '../../mapping/documentTypes';
import { SEND_FIELDS } from '../document/fields';
import { sendDocument } from '../document/operations';
import { PRO_FORMA } from './fields';

export const sendByEmail: OperationModule = {
	option: { value: 'sendByEmail', name: 'Send by Email', action: 'Send a pro forma by email' },
	properties: [proformaLocator(), ...SEND_FIELDS],
	kind: 'write',
	execute: async (ctx, itemIndex) => await sendDocument(ctx, itemIndex, PROFORMA, PRO_FORMA),
};
