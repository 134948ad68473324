import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../core/errors';
import { idLocator } from '../core/fields/locator';
import { optionalId, requireId } from '../core/params';
import { accountBaseUrl } from './auth';
import { CREDENTIAL_TYPE } from './transport';

/**
 * The records a user picks, each with its searchable list and its address in the web app. The addresses
 * are the API's paths without `.json` (`https://mycompany.bitfaktura.com.ua/invoices/123`); the docs print
 * no web address, so this is inferred from how the Rails app routes both. The account part of the host
 * varies, so any host is taken here and checked against the credential's account when the node runs.
 */
const RECORDS = {
	category: { label: 'Category', searchMethod: 'searchCategories', path: 'categories' },
	client: { label: 'Client', searchMethod: 'searchClients', path: 'clients' },
	department: { label: 'Department', searchMethod: 'searchDepartments', path: 'departments' },
	invoice: { label: 'Invoice', searchMethod: 'searchInvoices', path: 'invoices' },
	// The API reads one payment at the singular path and writes at the plural one; either may be copied.
	payment: { label: 'Payment', searchMethod: 'searchPayments', path: 'banking/payments', pattern: 'banking/payments?' },
	product: { label: 'Product', searchMethod: 'searchProducts', path: 'products' },
	warehouse: { label: 'Warehouse', searchMethod: 'searchWarehouses', path: 'warehouses' },
	warehouseDocument: { label: 'Warehouse Document', searchMethod: 'searchWarehouseDocuments', path: 'warehouse_documents' },
} as const;

export type PickedRecord = keyof typeof RECORDS;

export interface LocatorOverrides {
	name?: string;
	label?: string;
	required?: boolean;
	description?: string;
}

/** A record picked From List, By ID or By URL; named `<record>Id` unless told otherwise. */
export function locator(record: PickedRecord, overrides: LocatorOverrides = {}): INodeProperties {
	const spec: { label: string; searchMethod: string; path: string; pattern?: string } = RECORDS[record];
	return idLocator({
		name: overrides.name ?? `${record}Id`,
		label: overrides.label ?? spec.label,
		searchMethod: spec.searchMethod,
		required: overrides.required,
		description: overrides.description,
		url: {
			pattern: `https?://[^/\\s]+/${spec.pattern ?? spec.path}/([0-9]+)(?:[/?#.][^\\s]*)?`,
			example: `https://mycompany.bitfaktura.com.ua/${spec.path}/123`,
		},
	});
}

/** The record's page in the account's web app, for the link beside each entry of a list. */
export function recordAddress(accountUrl: string, record: PickedRecord, id: string): string {
	return `${accountUrl}/${RECORDS[record].path}/${id}`;
}

function isUrlChoice(value: unknown): value is { mode: 'url'; value: string } {
	return typeof value === 'object' && value !== null && (value as { mode?: unknown }).mode === 'url' && typeof (value as { value?: unknown }).value === 'string';
}

/**
 * An address copied from another account carries an ID that means nothing in this one, or worse, another
 * record: it is refused rather than used.
 */
async function checkAccountOf(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string): Promise<void> {
	const choice = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (!isUrlChoice(choice)) return;
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE, itemIndex);
	const own = new URL(accountBaseUrl(String(credentials.account ?? ''))).host.toLowerCase();
	const given = new URL(choice.value.trim()).host.toLowerCase();
	if (given !== own) {
		throw inputError(
			ctx.getNode(),
			`The ${label.toLowerCase()} address is of another account (${given}), not of ${own}`,
			itemIndex,
			'Copy the address from the account the credential is for, or pick the record from the list.',
		);
	}
}

/** The ID of the record a locator holds, whichever way it was picked. */
export async function pickedId(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string): Promise<string> {
	const id = requireId(ctx, name, itemIndex, label);
	await checkAccountOf(ctx, name, itemIndex, label);
	return id;
}

/** The same for a locator the user may leave empty, such as one in a collection; empty → undefined. */
export async function optionalPickedId(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string): Promise<string | undefined> {
	const id = optionalId(ctx, name, itemIndex, label);
	if (id !== undefined) await checkAccountOf(ctx, name, itemIndex, label);
	return id;
}
