import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asNodeError, outcomeOf } from './errors';
import type { OperationOption } from './fields/operations';
import { mapWithConcurrency } from './concurrency';

/** What a handler may return: plain records (wrapped into items here) or ready items (binary output). */
export type OperationResult = IDataObject | IDataObject[] | INodeExecutionData | INodeExecutionData[];

export interface Operation {
	/**
	 * Reads run items side by side. Writes run one item at a time, so documents are numbered in item
	 * order and a failed item stops the batch exactly where it failed: nothing after it is created.
	 */
	kind: 'read' | 'write';
	execute(ctx: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

export type OperationTable = Record<string, Record<string, Operation>>;

/**
 * One operation, whole: its entry in the dropdown, its fields and what it does. A provider keeps each in
 * its own file (`actions/<resource>/<operation>.operation.ts`); the fields are written without the
 * resource and operation they belong to, which the node adds from the resource's list.
 */
export interface OperationModule extends Operation {
	option: OperationOption;
	properties: INodeProperties[];
}

/** A resource as its `actions/<resource>/index.ts` lists it: the dropdown entry and its operations. */
export interface ResourceModule {
	name: string;
	value: string;
	/** The operation a new node starts with. */
	defaultOperation: string;
	operations: OperationModule[];
}

/** The handler table the execute loop dispatches on, from a node's resource modules. */
export function moduleTable(resources: ResourceModule[]): OperationTable {
	return Object.fromEntries(
		resources.map(({ value, operations }) => [value, Object.fromEntries(operations.map((operation) => [operation.option.value, operation]))]),
	);
}

export interface RouterSettings {
	/** How many items may be in flight at once; a per-service setting, because rate limits differ. */
	concurrency: number;
}

function isExecutionData(value: IDataObject | INodeExecutionData): value is INodeExecutionData {
	return typeof value.json === 'object' && value.json !== null && !Array.isArray(value.json);
}

function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((entry) =>
		isExecutionData(entry)
			? { ...entry, pairedItem: { item: itemIndex } }
			: { json: entry, pairedItem: { item: itemIndex } },
	);
}

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message, itemIndex };
	const description = (error as { description?: unknown }).description;
	if (typeof description === 'string' && description !== '') json.description = description;
	const outcome = outcomeOf(error);
	if (outcome !== undefined) json.outcome = outcome;
	return { json, pairedItem: { item: itemIndex } };
}

const IDS_LISTED = 20;

/** "0–16" or "3": the items done before a failure, as a range. */
function itemRange(count: number): string {
	return count === 1 ? '0' : `0–${count - 1}`;
}

/**
 * What the items before a failed write did, so that nothing created is invisible: without Continue,
 * n8n shows only the error and none of the earlier items' output.
 */
function doneBefore(done: INodeExecutionData[][]): string {
	const ids = done.flat().flatMap(({ json }) => (typeof json.id === 'string' || typeof json.id === 'number' ? [String(json.id)] : []));
	const listed = ids.length > IDS_LISTED ? `${ids.slice(0, IDS_LISTED).join(', ')} and ${ids.length - IDS_LISTED} more` : ids.join(', ');
	const which = done.length === 1 ? 'Item 0 was done' : `Items ${itemRange(done.length)} were done`;
	return `${which} before this one failed, and stay done${listed === '' ? '' : ` (IDs ${listed})`}.`;
}

/** The execute loop every node of the package shares: resource/operation → handler, per item. */
export async function routeItems(
	ctx: IExecuteFunctions,
	table: OperationTable,
	settings: RouterSettings,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operationName = ctx.getNodeParameter('operation', 0) as string;
	const operation = table[resource]?.[operationName];
	if (operation === undefined) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The operation "${operationName}" is not available for the resource "${resource}"`,
		);
	}

	const continueOnFail = ctx.continueOnFail();
	const run = async (itemIndex: number): Promise<INodeExecutionData[]> => {
		try {
			return toItems(await operation.execute(ctx, itemIndex), itemIndex);
		} catch (error) {
			const nodeError = asNodeError(ctx.getNode(), error, itemIndex);
			if (!continueOnFail) throw nodeError;
			return [errorItem(nodeError, itemIndex)];
		}
	};

	if (operation.kind === 'read') {
		return [(await mapWithConcurrency(items.length, settings.concurrency, run)).flat()];
	}
	// Writes go one item at a time, with or without Continue: documents are numbered in item order, and
	// a failure stops the batch exactly where it failed.
	const done: INodeExecutionData[][] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			done.push(await run(itemIndex));
		} catch (error) {
			const nodeError = asNodeError(ctx.getNode(), error, itemIndex);
			if (done.length > 0) nodeError.description = [nodeError.description, doneBefore(done)].filter(Boolean).join(' ');
			throw nodeError;
		}
	}
	return [done.flat()];
}
