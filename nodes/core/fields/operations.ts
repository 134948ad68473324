import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptionsField } from '../requestOptions';
import type { ResourceModule } from '../router';

export interface OperationOption {
	value: string;
	name: string;
	/** What the operation does, as n8n shows it in the actions panel ("Create an invoice"). */
	action: string;
	description?: string;
}

/** The standard operations with the names and actions n8n users know from every other node. */
export function standardOperation(value: 'create' | 'get' | 'getMany' | 'update' | 'delete', label: string, plural: string): OperationOption {
	const article = /^[aeiou]/i.test(label) ? 'an' : 'a';
	const lower = label.toLowerCase();
	switch (value) {
		case 'create':
			return { value, name: 'Create', action: `Create ${article} ${lower}` };
		case 'get':
			return { value, name: 'Get', action: `Get ${article} ${lower}` };
		case 'getMany':
			return { value, name: 'Get Many', action: `Get many ${plural.toLowerCase()}` };
		case 'update':
			return { value, name: 'Update', action: `Update ${article} ${lower}` };
		case 'delete':
			return { value, name: 'Delete', action: `Delete ${article} ${lower}` };
	}
}

/** The Operation dropdown of one resource, sorted by name as n8n's linter asks. */
export function operationProperty(resource: string, options: OperationOption[], defaultValue: string): INodeProperties {
	const sorted: INodePropertyOptions[] = [...options]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(({ value, name, action, description }) => ({ value, name, action, description: description ?? action }));
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: sorted,
		default: defaultValue,
	};
}

/**
 * A node's whole parameter list from its resource modules: the Resource dropdown, each resource's
 * Operation dropdown, each operation's fields shown for that operation only, and the Request Options.
 */
export function nodeProperties(resources: ResourceModule[], defaultResource: string): INodeProperties[] {
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map(({ name, value }) => ({ name, value })),
			default: defaultResource,
		},
		...resources.flatMap(({ value: resource, operations, defaultOperation }) => [
			operationProperty(
				resource,
				operations.map(({ option }) => option),
				defaultOperation,
			),
			...operations.flatMap(({ option, properties }) =>
				updateDisplayOptions({ show: { resource: [resource], operation: [option.value] } }, properties),
			),
		]),
		requestOptionsField,
	];
}

/**
 * The line under the node's name on the canvas: the chosen operation's action ("Create an invoice"),
 * looked up from the resource modules, and n8n's usual "operation: resource" for a value set by an
 * expression.
 */
export function nodeSubtitle(resources: ResourceModule[]): string {
	const actions = Object.fromEntries(
		resources.flatMap(({ value, operations }) => operations.map(({ option }) => [`${value}:${option.value}`, option.action])),
	);
	return `={{ (${JSON.stringify(actions)})[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] + ": " + $parameter["resource"] }}`;
}
