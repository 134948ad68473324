import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { standardOperation } from './fields/operations';
import { deleted } from './output';
import type { OperationModule } from './router';

/** The Delete's dropdown entry and fields. */
export interface DeleteEntry {
	/** The record as the dropdown names it, e.g. `Client` and `Clients`. */
	label: string;
	plural: string;
	/** Where deleting means something a user should know before picking it (for good, drafts only…). */
	description?: string;
	/** The fields that name the record: its locator, and whatever else the service needs to find it. */
	properties: INodeProperties[];
}

/** Deletes the record the item names and gives its ID as the service's records carry it. */
export type Remove = (ctx: IExecuteFunctions, itemIndex: number) => Promise<string | number>;

/**
 * A Delete: a write, so a batch stops exactly at the record it could not delete, answering
 * `{ deleted: true, id }` as n8n's own nodes do.
 */
export function deleteOperation(entry: DeleteEntry, remove: Remove): OperationModule {
	const option = standardOperation('delete', entry.label, entry.plural);
	return {
		option: entry.description === undefined ? option : { ...option, description: entry.description },
		kind: 'write',
		properties: entry.properties,
		async execute(ctx, itemIndex) {
			return deleted(await remove(ctx, itemIndex));
		},
	};
}
