import type { OperationModule } from '../../../core/router';
import { proformaLocator } from '../../locators';
import { PROFORMA } from '../../mapping/documentTypes';
import { DOWNLOAD_FIELDS } from '../document/fields';
import { downloadDocument } from '../document/operations';
import { PRO_FORMA } from './fields';

export const download: OperationModule = {
	option: { value: 'download', name: 'Download', action: 'Download a pro forma as PDF or XML' },
	properties: [proformaLocator(), ...DOWNLOAD_FIELDS],
	kind: 'read',
	execute: async (ctx, itemIndex) => await downloadDocument(ctx, itemIndex, PROFORMA, PRO_FORMA),
};
