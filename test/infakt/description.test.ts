import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INode, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { DEFAULT_PACKAGE_DIR } from '../harness';
import { loadPackage } from '../harness/load-package';
import { NODE_TYPE } from './context';

async function description() {
	const { nodeTypes } = await loadPackage();
	return { nodeTypes, node: nodeTypes.getByNameAndVersion(NODE_TYPE).description };
}

const operationsOf = (properties: INodeProperties[], resource: string) =>
	(properties.find((field) => field.name === 'operation' && field.displayOptions?.show?.resource?.[0] === resource)?.options ?? []) as INodePropertyOptions[];

describe('The inFakt node as the editor shows it', () => {
	test('resources, and operations with the standard names, each with an action that says more than the name', async () => {
		const { node } = await description();
		expect(node.properties.find((field) => field.name === 'resource')?.options).toEqual([
			{ name: 'Bank Account', value: 'bankAccount' },
			{ name: 'Client', value: 'client' },
			{ name: 'Invoice', value: 'invoice' },
			{ name: 'Product', value: 'product' },
		]);
		expect(operationsOf(node.properties, 'invoice').map((option) => option.name)).toEqual([
			'Create',
			'Delete',
			'Download PDF',
			'Get',
			'Get Creation Status',
			'Get Many',
			'Get Next Number',
			'Mark as Paid',
			'Send by Email',
			'Update',
		]);
		expect(operationsOf(node.properties, 'client').map((option) => option.name)).toEqual(['Create', 'Create or Update', 'Delete', 'Get', 'Get Many', 'Update']);
		expect(operationsOf(node.properties, 'product').map((option) => option.name)).toEqual(['Create', 'Delete', 'Get', 'Get Many', 'Update']);
		expect(operationsOf(node.properties, 'bankAccount').map((option) => option.name)).toEqual(['Get Many']);
		for (const name of ['bankAccount', 'client', 'invoice', 'product']) {
			for (const option of operationsOf(node.properties, name)) expect(option.action?.length).toBeGreaterThan(option.name.length);
		}
	});

	test('the subtitle says what the node does', async () => {
		const { nodeTypes, node } = await description();
		const editing: INode = { id: '1', name: 'inFakt', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters: { resource: 'invoice', operation: 'markAsPaid' } };
		const workflow = new Workflow({ nodes: [editing], connections: {}, active: false, nodeTypes });
		expect(workflow.expression.getSimpleParameterValue(editing, node.subtitle as string, 'internal', {})).toBe('Mark an invoice as paid');
	});

	test('every record picker offers From List and By ID; invoices are picked by UUID', async () => {
		const { node } = await description();
		const locators = node.properties.flatMap((field) => (field.type === 'resourceLocator' ? [field] : ((field.options ?? []) as INodeProperties[]).filter((option) => option.type === 'resourceLocator')));
		expect(new Set(locators.map((locator) => locator.name))).toEqual(new Set(['invoiceId', 'clientId', 'productId', 'bankAccount']));
		for (const locator of locators) expect(locator.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		const invoice = locators.find((locator) => locator.name === 'invoiceId');
		expect(JSON.stringify(invoice?.modes?.[1].validation)).toContain('[0-9a-fA-F]{8}');
	});

	test('the Update line items say they replace all lines', async () => {
		const { node } = await description();
		const lines = node.properties.find((field) => field.name === 'lineItems' && field.displayOptions?.show?.operation?.[0] === 'update');
		expect(lines?.description).toMatch(/replace all the invoice's lines/);
	});

	test('the node and its credential show one icon, with a light and a dark variant, both shipped', async () => {
		const { node } = await description();
		const { credentialTypes } = await loadPackage();
		const icons = { light: 'icons/n8n-nodes-faktura/dist/nodes/Infakt/infakt.svg', dark: 'icons/n8n-nodes-faktura/dist/nodes/Infakt/infakt.dark.svg' };
		expect(node.iconUrl).toEqual(icons);
		expect(credentialTypes.getByName('infaktApi').iconUrl).toEqual(icons);
		for (const file of ['infakt.svg', 'infakt.dark.svg']) expect(existsSync(path.join(DEFAULT_PACKAGE_DIR, 'dist', 'nodes', 'Infakt', file))).toBe(true);
	});

	test('the credential asks for the key and the environment; the address only for Custom', async () => {
		const { credentialTypes } = await loadPackage();
		const fields = credentialTypes.getByName('infaktApi').properties;
		expect(fields.filter((field) => field.displayOptions === undefined).map((field) => field.name)).toEqual(['apiKey', 'environment']);
		expect(fields.find((field) => field.name === 'apiKey')?.typeOptions?.password).toBe(true);
		expect(fields.find((field) => field.name === 'baseUrl')?.displayOptions?.show).toEqual({ environment: ['custom'] });
	});
});
