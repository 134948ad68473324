import type { INode, INodeProperties, INodePropertyCollection, INodeTypeDescription } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { teardownHarness } from '../harness';
import { loadPackage } from '../harness/load-package';
import { NODE_TYPE } from './context';

/** The node as n8n loads it from the package, and its parameters however deep. */
let description: INodeTypeDescription;
let workflowFor: (parameters: INode['parameters']) => { workflow: Workflow; node: INode };

beforeAll(async () => {
	const { nodeTypes } = await loadPackage();
	description = nodeTypes.getByNameAndVersion(NODE_TYPE).description;
	workflowFor = (parameters) => {
		const node: INode = { id: 'bf', name: 'BitFaktura', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters };
		return { workflow: new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes }), node };
	};
});

afterAll(async () => await teardownHarness());

function everyParameter(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const nested = (property.options ?? []).flatMap((option) =>
			'values' in option ? (option as INodePropertyCollection).values : 'displayName' in option && 'type' in option ? [option as INodeProperties] : [],
		);
		return [property, ...everyParameter(nested)];
	});
}

function operationsOf(resource: string): Array<{ name: string; value: string; action?: string }> {
	const operation = description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));
	return (operation?.options ?? []) as Array<{ name: string; value: string; action?: string }>;
}

describe('BitFaktura in the editor', () => {
	test('the canvas shows the chosen operation\'s action under the node\'s name', () => {
		for (const [parameters, expected] of [
			[{ resource: 'invoice', operation: 'create' }, 'Create an invoice'],
			[{ resource: 'warehouseDocument', operation: 'getMany' }, 'Get many warehouse documents'],
			[{ resource: 'invoice', operation: 'sendByEmail' }, 'Email an invoice to the buyer'],
		] as const) {
			const { workflow, node } = workflowFor({ ...parameters });
			expect(workflow.expression.getSimpleParameterValue(node, description.subtitle as string, 'internal', {})).toBe(expected);
		}
	});

	test('the node and its credential have an icon for the light and one for the dark theme', async () => {
		expect(description.icon).toBeUndefined();
		expect(description.iconUrl).toEqual({
			light: expect.stringMatching(/\/dist\/nodes\/BitFaktura\/bitFaktura\.svg$/),
			dark: expect.stringMatching(/\/dist\/nodes\/BitFaktura\/bitFaktura\.dark\.svg$/),
		});
		const { credentialTypes } = await loadPackage();
		expect(credentialTypes.getByName('bitFakturaApi').iconUrl).toEqual(description.iconUrl);
	});

	test('operations have the names n8n users know, each with an action that says what it does', () => {
		const known = ['Create', 'Get', 'Get Many', 'Update', 'Delete', 'Download PDF', 'Send by Email', 'Change Status', 'Cancel', 'Upload Logo', 'Log In'];
		const resources = (description.properties.find((property) => property.name === 'resource')?.options ?? []) as Array<{ value: string }>;
		for (const { value } of resources) {
			for (const operation of operationsOf(value)) {
				expect(known).toContain(operation.name);
				expect(operation.action).toMatch(/^[A-Z][a-z]+ .+/);
				expect(operation.action?.toLowerCase()).not.toBe(operation.name.toLowerCase());
			}
		}
		expect(operationsOf('client').map((operation) => operation.value)).toEqual(['create', 'delete', 'get', 'getMany', 'update']);
	});

	/**
	 * Not records picked from the account: tax, external and order IDs are the user's own values, a position
	 * belongs to its invoice. A line item's Product ID is the core's shared Line Items field.
	 */
	const NOT_PICKED = ['taxId', 'externalId', 'orderId', 'positionId'];

	test('every record a user picks is a locator: from the list, by ID or by its address', () => {
		const inLineItems = new Set(
			description.properties
				.filter((property) => /^lineItems/.test(property.name))
				.flatMap((property) => everyParameter([property]).slice(1)),
		);
		const pickers = everyParameter(description.properties).filter(
			(property) => property.type !== 'boolean' && /Id$/.test(property.name) && !NOT_PICKED.includes(property.name) && !inLineItems.has(property),
		);
		expect(pickers.length).toBeGreaterThan(20);
		for (const picker of pickers) {
			expect([picker.name, picker.type]).toEqual([picker.name, 'resourceLocator']);
			expect(picker.modes?.map((mode) => mode.name)).toEqual(['list', 'id', 'url']);
		}
	});

	test('option names are in Title Case, one term per concept: Sort By reads Buyer Name, Order ID, Total Gross', () => {
		const sortBy = everyParameter(description.properties).find((property) => property.name === 'order');
		const names = (sortBy?.options ?? []).map((option) => (option as { name: string }).name);
		expect(names).toEqual(expect.arrayContaining(['Buyer Name', 'Order ID', 'Total Gross', 'Total Net', 'Due Date']));
		for (const name of names) expect(name).toMatch(/^([A-Z][a-z]*|ID)( ([A-Z][a-z]*|ID))*$/);
	});

	test('payments, warehouse documents and departments have Simplify where invoices, clients and products have it', () => {
		for (const resource of ['invoice', 'client', 'product', 'payment', 'warehouseDocument', 'department']) {
			const shownFor = description.properties
				.filter((property) => property.name === 'simplify' && property.displayOptions?.show?.resource?.includes(resource))
				.flatMap((property) => property.displayOptions?.show?.operation ?? []);
			expect(shownFor).toEqual(expect.arrayContaining(['get', 'getMany']));
		}
	});
});
