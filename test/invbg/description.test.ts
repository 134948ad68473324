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

describe('The inv.bg node as the editor shows it', () => {
	test('the API version chooses the resources: v3 has invoices, clients, items and bank accounts, the XML API documents only', async () => {
		const { node } = await description();
		expect(node.properties[0]).toMatchObject({ name: 'apiVersion', default: 'v3' });
		const resources = node.properties.filter((field) => field.name === 'resource');
		expect(resources.map((field) => [field.displayOptions?.show?.apiVersion, field.default, (field.options as INodePropertyOptions[]).map((option) => option.value)])).toEqual([
			[['v3'], 'invoice', ['invoice', 'client', 'item', 'bankAccount']],
			[['v1'], 'document', ['document']],
		]);
	});

	test('operations with the standard names, each with an action that says more than the name', async () => {
		const { node } = await description();
		const names = (resource: string) => operationsOf(node.properties, resource).map((option) => option.name);
		expect(names('invoice')).toEqual(['Annul', 'Create', 'Delete', 'Download PDF', 'Get', 'Get Many', 'Record Payment', 'Send by Email', 'Update']);
		expect(names('client')).toEqual(['Create', 'Create or Update', 'Delete', 'Get', 'Get Many', 'Update']);
		expect(names('item')).toEqual(['Create', 'Delete', 'Get', 'Get Many', 'Update']);
		expect(names('bankAccount')).toEqual(['Get Many']);
		expect(names('document')).toEqual(['Create']);
		for (const resource of ['invoice', 'client', 'item', 'bankAccount', 'document']) {
			for (const option of operationsOf(node.properties, resource)) expect(option.action?.length).toBeGreaterThan(option.name.length);
		}
	});

	test('the subtitle says what the node does', async () => {
		const { nodeTypes, node } = await description();
		const editing: INode = { id: '1', name: 'inv.bg', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters: { apiVersion: 'v3', resource: 'invoice', operation: 'recordPayment' } };
		const workflow = new Workflow({ nodes: [editing], connections: {}, active: false, nodeTypes });
		expect(workflow.expression.getSimpleParameterValue(editing, node.subtitle as string, 'internal', {})).toBe('Record a payment for an invoice');
	});

	test('every record picker offers From List and By ID; currency is always asked, EUR by default', async () => {
		const { node } = await description();
		const locators = node.properties.filter((field) => field.type === 'resourceLocator');
		expect(new Set(locators.map((locator) => locator.name))).toEqual(new Set(['invoice', 'client', 'item', 'bankAccount']));
		for (const locator of locators) expect(locator.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		const currencies = node.properties.filter((field) => field.name === 'currency' && field.displayOptions?.show?.operation?.includes('create') && ['invoice', 'document'].includes(String(field.displayOptions?.show?.resource?.[0])));
		expect(currencies).toHaveLength(2);
		for (const currency of currencies) expect(currency).toMatchObject({ required: true, default: 'EUR' });
	});

	test('Create asks whom the invoice is to: the buyer\'s details by default, or an existing client picked from the list', async () => {
		const { node } = await description();
		const ofCreate = (name: string) =>
			node.properties.find((field) => field.name === name && field.displayOptions?.show?.resource?.[0] === 'invoice' && field.displayOptions?.show?.operation?.[0] === 'create');
		expect(ofCreate('buyerType')).toMatchObject({ displayName: 'Buyer', default: 'details' });
		expect((ofCreate('buyerType')?.options as INodePropertyOptions[]).map((option) => [option.name, option.value])).toEqual([
			['Existing Client', 'client'],
			['Buyer Details', 'details'],
		]);
		expect(ofCreate('client')?.displayOptions?.show?.buyerType).toEqual(['client']);
		expect(ofCreate('client')?.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		for (const name of ['buyerName', 'buyerDetails']) expect(ofCreate(name)?.displayOptions?.show?.buyerType).toEqual(['details']);
	});

	test('the node and its credential show one icon, with a light and a dark variant, both shipped', async () => {
		const { node } = await description();
		const { credentialTypes } = await loadPackage();
		const icons = { light: 'icons/n8n-nodes-faktura/dist/nodes/InvBg/invBg.svg', dark: 'icons/n8n-nodes-faktura/dist/nodes/InvBg/invBg.dark.svg' };
		expect(node.iconUrl).toEqual(icons);
		expect(credentialTypes.getByName('invBgApi').iconUrl).toEqual(icons);
		for (const file of ['invBg.svg', 'invBg.dark.svg']) expect(existsSync(path.join(DEFAULT_PACKAGE_DIR, 'dist', 'nodes', 'InvBg', file))).toBe(true);
	});

	test('the credential asks for v3\'s login by default, keeps the session token hidden, and the test address behind an option', async () => {
		const { credentialTypes } = await loadPackage();
		const fields = credentialTypes.getByName('invBgApi').properties;
		const shown = (version: string) =>
			fields
				.filter((field) => field.type !== 'hidden')
				.filter((field) => {
					const show = field.displayOptions?.show;
					return show === undefined || ((show.apiVersion?.includes(version) ?? true) && show.useCustomAddress === undefined);
				})
				.map((field) => field.name);
		expect(shown('v3')).toEqual(['apiVersion', 'email', 'password', 'domain', 'language', 'useCustomAddress']);
		expect(shown('v1')).toEqual(['apiVersion', 'username', 'password', 'domain', 'useCustomAddress']);
		expect(fields.find((field) => field.name === 'sessionToken')).toMatchObject({ type: 'hidden', typeOptions: { expirable: true } });
	});
});
