import type { ResourceModule } from '../../../core/router';
import { convertToInvoice } from './convertToInvoice.operation';
import { create } from './create.operation';
import { createWithInvoice } from './createWithInvoice.operation';
import { download } from './download.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { sendByEmail } from './sendByEmail.operation';

/** Domestic pro formas: issued for a shop's order, turned into their invoice, read, listed and sent. */
export const proforma: ResourceModule = {
	name: 'Pro Forma',
	value: 'proforma',
	defaultOperation: 'create',
	operations: [create, createWithInvoice, convertToInvoice, get, getMany, download, sendByEmail],
};
