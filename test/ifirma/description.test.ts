import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INode, INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { DEFAULT_PACKAGE_DIR } from '../harness';
import { loadPackage } from '../harness/load-package';
import { NODE_TYPE } from './context';

async function description() {
	const { nodeTypes } = await loadPackage();
	return { nodeTypes, node: nodeTypes.getByNameAndVersion(NODE_TYPE).description };
}

/** Every field, option and mode of a list of properties, nested ones included. */
function everything(properties: Array<INodeProperties | INodePropertyOptions | INodePropertyCollection>): Array<Record<string, unknown>> {
	return properties.flatMap((entry) => {
		const nested = [
			...('options' in entry && Array.isArray(entry.options) ? entry.options : []),
			...('values' in entry && Array.isArray(entry.values) ? entry.values : []),
			...('modes' in entry && Array.isArray(entry.modes) ? (entry.modes as INodeProperties[]) : []),
		] as Array<INodeProperties | INodePropertyOptions | INodePropertyCollection>;
		return [entry as unknown as Record<string, unknown>, ...everything(nested)];
	});
}

const operationsOf = (properties: INodeProperties[], resource: string) =>
	(properties.find((field) => field.name === 'operation' && field.displayOptions?.show?.resource?.[0] === resource)?.options ?? []) as INodePropertyOptions[];

describe('The iFirma node as the editor shows it', () => {
	test('the subtitle says what the node does, not the raw operation value', async () => {
		const { nodeTypes, node } = await description();
		const subtitle = (parameters: INode['parameters']) => {
			const editing: INode = { id: '1', name: 'iFirma', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters };
			const workflow = new Workflow({ nodes: [editing], connections: {}, active: false, nodeTypes });
			return workflow.expression.getSimpleParameterValue(editing, node.subtitle as string, 'internal', {});
		};
		expect(subtitle({ resource: 'invoice', operation: 'create' })).toBe('Create an invoice');
		expect(subtitle({ resource: 'proforma', operation: 'getMany' })).toBe('Get many pro formas');
		expect(subtitle({ resource: 'account', operation: 'changeAccountingMonth' })).toBe('Move the open accounting month by one month');
	});

	test('the node and its credential show one icon, with a light and a dark variant, both shipped', async () => {
		const { node } = await description();
		const { credentialTypes } = await loadPackage();
		const icons = { light: 'icons/n8n-nodes-faktura/dist/nodes/IFirma/iFirma.svg', dark: 'icons/n8n-nodes-faktura/dist/nodes/IFirma/iFirma.dark.svg' };
		expect(node.iconUrl).toEqual(icons);
		expect(credentialTypes.getByName('iFirmaApi').iconUrl).toEqual(icons);
		for (const file of ['iFirma.svg', 'iFirma.dark.svg']) expect(existsSync(path.join(DEFAULT_PACKAGE_DIR, 'dist', 'nodes', 'IFirma', file))).toBe(true);
	});

	test('the operations carry the standard names, each with an action that says more than the name', async () => {
		const { node } = await description();
		const names = (resource: string) => operationsOf(node.properties, resource).map((option) => option.name);
		expect(names('client')).toEqual(['Create', 'Get', 'Get Many', 'Update']);
		expect(names('payment')).toEqual(['Create']);
		expect(names('proforma')).toEqual(['Convert to Invoice', 'Create', 'Create With Invoice', 'Download', 'Get', 'Get Many', 'Send by Email']);
		expect(names('invoice')).toEqual(['Correct', 'Create', 'Download', 'Get', 'Get Many', 'Send by Email']);
		for (const resource of ['account', 'client', 'invoice', 'payment', 'proforma']) {
			for (const option of operationsOf(node.properties, resource)) expect(option.action?.length).toBeGreaterThan(option.name.length);
		}
	});

	test('one word for a client in every label, option and description: never "contractor"', async () => {
		const { node } = await description();
		const shown = everything(node.properties).flatMap((entry) => [entry.displayName, entry.description, entry.action, 'value' in entry ? entry.name : undefined]);
		expect(shown.filter((text) => typeof text === 'string' && /contractor/i.test(text))).toEqual([]);
		expect(shown).toContain('Client');
	});

	test('every record a user picks is picked From List, By ID and, for documents, By Number', async () => {
		const { node } = await description();
		const locators = everything(node.properties).filter((entry) => entry.type === 'resourceLocator');
		expect(new Set(locators.map((entry) => entry.name))).toEqual(new Set(['contractorId', 'documentId']));
		for (const locator of locators) {
			const modes = (locator.modes as Array<{ name: string }>).map((mode) => mode.name);
			expect(modes).toEqual(locator.name === 'documentId' ? ['list', 'id', 'number'] : ['list', 'id']);
		}
	});

	test('every operation that answers with a document or a client offers Simplify', async () => {
		const { node } = await description();
		const simplified = node.properties
			.filter((field) => field.name === 'simplify')
			.flatMap((field) => (field.displayOptions?.show?.operation ?? []).map((operation) => `${String(field.displayOptions?.show?.resource?.[0])}:${String(operation)}`));
		expect(simplified.sort()).toEqual(
			[
				'client:create',
				'client:get',
				'client:getMany',
				'client:update',
				'invoice:correct',
				'invoice:create',
				'invoice:get',
				'invoice:getMany',
				'proforma:convertToInvoice',
				'proforma:create',
				'proforma:createWithInvoice',
				'proforma:get',
				'proforma:getMany',
			].sort(),
		);
	});
});
