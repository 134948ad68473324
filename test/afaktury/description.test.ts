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

describe('The Afaktury node as the editor shows it', () => {
	test('resources, and operations with the standard names, each with an action that says more than the name', async () => {
		const { node } = await description();
		const resource = node.properties.find((field) => field.name === 'resource');
		expect(resource?.options).toEqual([{ name: 'Document', value: 'document' }, { name: 'Product', value: 'product' }]);
		expect(operationsOf(node.properties, 'document').map((option) => option.name)).toEqual([
			'Add Payment',
			'Create',
			'Delete',
			'Download PDF',
			'Get',
			'Get Many',
			'Reset Payments',
			'Send by Email',
			'Send Reminder',
			'Send to Accountant',
			'Update',
		]);
		expect(operationsOf(node.properties, 'product').map((option) => option.name)).toEqual(['Get Many']);
		for (const name of ['document', 'product']) {
			for (const option of operationsOf(node.properties, name)) expect(option.action?.length).toBeGreaterThan(option.name.length);
		}
	});

	test('the subtitle says what the node does', async () => {
		const { nodeTypes, node } = await description();
		const editing: INode = { id: '1', name: 'Afaktury', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters: { resource: 'document', operation: 'sendReminder' } };
		const workflow = new Workflow({ nodes: [editing], connections: {}, active: false, nodeTypes });
		expect(workflow.expression.getSimpleParameterValue(editing, node.subtitle as string, 'internal', {})).toBe('Send a payment reminder for a document');
	});

	test('every document operation picks the document type, and every record picker offers From List and By ID', async () => {
		const { node } = await description();
		const documentOperations = operationsOf(node.properties, 'document').map((option) => option.value);
		const typeFields = node.properties.filter((field) => field.name === 'documentType');
		expect(typeFields.flatMap((field) => field.displayOptions?.show?.operation ?? []).sort()).toEqual([...documentOperations].sort());
		const locators = node.properties.filter((field) => field.type === 'resourceLocator');
		expect(locators.length).toBeGreaterThan(0);
		for (const locator of locators) expect(locator.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
	});

	test('the node and its credential show one icon, with a light and a dark variant, both shipped', async () => {
		const { node } = await description();
		const { credentialTypes } = await loadPackage();
		const icons = { light: 'icons/n8n-nodes-faktura/dist/nodes/Afaktury/afaktury.svg', dark: 'icons/n8n-nodes-faktura/dist/nodes/Afaktury/afaktury.dark.svg' };
		expect(node.iconUrl).toEqual(icons);
		expect(credentialTypes.getByName('afakturyApi').iconUrl).toEqual(icons);
		for (const file of ['afaktury.svg', 'afaktury.dark.svg']) expect(existsSync(path.join(DEFAULT_PACKAGE_DIR, 'dist', 'nodes', 'Afaktury', file))).toBe(true);
	});

	test('the credential asks for the token by default, and hides the test address behind an option', async () => {
		const { credentialTypes } = await loadPackage();
		const fields = credentialTypes.getByName('afakturyApi').properties;
		const shownAtFirst = fields.filter((field) => {
			const show = field.displayOptions?.show;
			return show === undefined || (show.authentication?.includes('token') ?? false);
		});
		expect(shownAtFirst.map((field) => field.name)).toEqual(['authentication', 'token', 'userAgent', 'useCustomAddress']);
		expect(fields.find((field) => field.name === 'userAgent')?.default).toMatch(/Mozilla\//);
	});
});
