import { NodeConnectionTypes, validateFieldType } from 'n8n-workflow';
import type {
	AssignmentCollectionValue,
	FieldType,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

/** The type names the n8n editor writes for Edit Fields (Set) and for a sticky note. */
export const SET_TYPE = 'n8n-nodes-base.set';
export const STICKY_NOTE_TYPE = 'n8n-nodes-base.stickyNote';

/**
 * n8n-nodes-base is not a dependency of this package, so the examples' Edit Fields (Set) nodes run on a
 * stand-in: manual mapping only, each assignment typed by n8n-workflow's own `validateFieldType`, as Set
 * types them. The real Set node runs the same examples in the n8n app (`npm run e2e`).
 */
export class SetStandIn implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Edit Fields (Set)',
		name: 'set',
		group: ['input'],
		version: [3.3, 3.4],
		description: 'Sets fields on the item',
		defaults: { name: 'Edit Fields' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Fields to Set', name: 'assignments', type: 'assignmentCollection', default: {} }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [
			this.getInputData().map((_, itemIndex) => {
				const { assignments } = this.getNodeParameter('assignments', itemIndex) as AssignmentCollectionValue;
				const json: IDataObject = {};
				for (const { name, value, type } of assignments) {
					const typed = validateFieldType(name, value, (type ?? 'string') as FieldType);
					if (!typed.valid) throw new Error(typed.errorMessage);
					json[name] = typed.newValue as IDataObject[keyof IDataObject];
				}
				return { json, pairedItem: { item: itemIndex } };
			}),
		];
	}
}

/** A sticky note is never run, but a workflow that holds one must know its type, as n8n does. */
export class StickyNoteStandIn implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sticky Note',
		name: 'stickyNote',
		group: ['input'],
		version: 1,
		description: 'Make your workflow easier to understand',
		defaults: { name: 'Sticky Note' },
		inputs: [],
		outputs: [],
		properties: [{ displayName: 'Content', name: 'content', type: 'string', default: '' }],
	};
}
