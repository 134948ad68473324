import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asNodeError } from './errors';
import { mapWithConcurrency } from './concurrency';

/** What a handler may return: plain records (wrapped into items here) or ready items (binary output). */
export type OperationResult = IDataObject | IDataObject[] | INodeExecutionData | INodeExecutionData[];

export interface Operation {
	/**
	 * Reads run items side by side. Writes run one item at a time unless every failure becomes an output
	 * item, so a failed item stops the batch exactly where it failed and nothing after it is created.
	 */
	kind: 'read' | 'write';
	execute(ctx: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

export type OperationTable = Record<string, Record<string, Operation>>;

/** One entry of a node's Resource dropdown: its fields in the editor and its operations' handlers. */
export interface ResourceDefinition {
	description: INodeProperties[];
	operations: Record<string, Operation>;
}

/** A resource as the node lists it: the dropdown's label and value, and what it holds. */
export interface ResourceEntry {
	name: string;
	value: string;
	definition: ResourceDefinition;
}

/** The handler table the execute loop dispatches on, from a node's resources. */
export function operationTable(resources: ResourceEntry[]): OperationTable {
	return Object.fromEntries(resources.map(({ value, definition }) => [value, definition.operations]));
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
	return { json, pairedItem: { item: itemIndex } };
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
	const parallel = operation.kind === 'read' || continueOnFail ? settings.concurrency : 1;

	const results = await mapWithConcurrency(items.length, parallel, async (itemIndex) => {
		try {
			return toItems(await operation.execute(ctx, itemIndex), itemIndex);
		} catch (error) {
			const nodeError = asNodeError(ctx.getNode(), error, itemIndex);
			if (!continueOnFail) throw nodeError;
			return [errorItem(nodeError, itemIndex)];
		}
	});
	return [results.flat()];
}
