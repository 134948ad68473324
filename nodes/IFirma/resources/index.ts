import type { ResourceEntry } from '../../core/router';
import { operationTable } from '../../core/router';
import { accountResource } from './account';
import { clientResource } from './client';
import { invoiceResource } from './invoice';
import { paymentResource } from './payment';
import { proformaResource } from './proforma';

/** Every resource of the node, in the order of the Resource dropdown. */
export const RESOURCES: ResourceEntry[] = [
	{ name: 'Account', value: 'account', definition: accountResource },
	{ name: 'Client', value: 'client', definition: clientResource },
	{ name: 'Invoice', value: 'invoice', definition: invoiceResource },
	{ name: 'Payment', value: 'payment', definition: paymentResource },
	{ name: 'Pro Forma', value: 'proforma', definition: proformaResource },
];

export const OPERATIONS = operationTable(RESOURCES);
