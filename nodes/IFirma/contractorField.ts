import type { INodeProperties } from 'n8n-workflow';

import type { Show } from '../core/fields/common';

/** A contractor named by its identifier in ifirma: on invoices (the buyer) and on contractor operations. */
export function contractorIdField(show: Show): INodeProperties {
	return {
		displayName: 'Contractor Identifier',
		name: 'contractorId',
		type: 'string',
		required: true,
		default: '',
		description: 'The contractor’s identifier in ifirma (Identyfikator)',
		displayOptions: { show },
	};
}
