import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { proformaLocator } from '../../locators';
import { PROFORMA } from '../../mapping/documentTypes';
import { getDocument } from '../document/operations';
import { PRO_FORMA } from './fields';

export const get: OperationModule = {
	option: standardOperation('get', 'Pro Forma', 'Pro Formas'),
	properties: [proformaLocator(), simplifyField({})],
	kind: 'read',
	execute: async (ctx, itemIndex) => await getDocument(ctx, itemIndex, PROFORMA, PRO_FORMA),
};
