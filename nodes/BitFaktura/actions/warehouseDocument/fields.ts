import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { VAT_RATE_DESCRIPTION } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { optionalText, readIdList } from '../../../core/params';
import { simplified } from '../../../core/output';
import { locator, optionalPickedId } from '../../locators';
import { TRANSFER_KIND } from '../../mapping/codes';
import { QUANTITY } from '../../mapping/limits';
import type { WarehouseDocumentValues, WarehouseLine } from '../../mapping/records';
import { simplifyWarehouseDocument } from '../../mapping/records';
import { readDecimal, readVatRate } from '../values';

export const warehouseDocumentLocator = locator('warehouseDocument');

/** The goods a document moves: each an existing product, or a name BitFaktura matches or creates. */
export function linesField(displayName: string): INodeProperties {
	return {
		displayName,
		name: 'actions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Product',
		default: {},
		options: [
			{
				displayName: 'Product',
				name: 'action',
				values: [
					locator('product', { required: false, description: 'An existing product, or give a Product Name' }),
					{ displayName: 'Product Name', name: 'productName', type: 'string', default: '', placeholder: 'e.g. Paper A4', description: 'Used when no Product is picked; BitFaktura matches or creates the product' },
					{ displayName: 'Purchase Net Price', name: 'purchaseNetPrice', type: 'string', default: '', placeholder: 'e.g. 2.50', description: 'Purchase price (PZ)' },
					{ displayName: 'Purchase VAT Rate', name: 'purchaseVatRate', type: 'string', default: '', placeholder: 'e.g. 20', description: VAT_RATE_DESCRIPTION },
					{ displayName: 'Quantity', name: 'quantity', type: 'string', default: '1' },
					locator('warehouse', { name: 'targetWarehouseId', label: 'Target Warehouse', required: false, description: 'Where the goods go, for a transfer (MM)' }),
					{ displayName: 'Unit Net Price', name: 'unitNetPrice', type: 'string', default: '', placeholder: 'e.g. 3.00', description: 'Sale price (WZ)' },
					{ displayName: 'VAT Rate', name: 'vatRate', type: 'string', default: '', placeholder: 'e.g. 20', description: VAT_RATE_DESCRIPTION },
				],
			},
		],
	};
}

/** The document's own fields, under Additional Fields on Create and Update Fields on Update. */
export const documentFields: INodeProperties[] = [
	locator('client', { required: false, description: 'The supplier or customer on the document' }),
	{ displayName: 'Client Name', name: 'clientName', type: 'string', default: '', placeholder: 'e.g. Supplier LLC', description: 'Used when no Client is picked' },
	locator('department', { required: false, description: 'The seller company; the main department when empty' }),
	{ displayName: 'Department Name', name: 'departmentName', type: 'string', default: '', description: 'Used when no Department is picked' },
	{ displayName: 'Invoice IDs', name: 'invoiceIds', type: 'string', default: '', placeholder: 'e.g. 101, 102', description: 'Comma-separated invoices to link' },
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', placeholder: 'e.g. 2024-12-15', description: 'As YYYY-MM-DD' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', description: 'The next number when empty' },
];

/** Each product line, named by its place when something is missing or malformed. */
async function readLines(ctx: IExecuteFunctions, itemIndex: number, kind: string | undefined): Promise<WarehouseLine[]> {
	const rows = (ctx.getNodeParameter('actions', itemIndex, {}) as { action?: IDataObject[] }).action ?? [];
	const lines: WarehouseLine[] = [];
	for (const [index, row] of rows.entries()) {
		const where = `Product ${index + 1}`;
		const path = `actions.action[${index}]`;
		const productId = 'productId' in row ? await optionalPickedId(ctx, `${path}.productId`, itemIndex, `${where}: Product`) : undefined;
		const productName = optionalText(row.productName);
		if (productId === undefined && productName === undefined) {
			throw inputError(ctx.getNode(), `${where}: Product or Product Name is required`, itemIndex);
		}
		const targetWarehouseId = 'targetWarehouseId' in row ? await optionalPickedId(ctx, `${path}.targetWarehouseId`, itemIndex, `${where}: Target Warehouse`) : undefined;
		if (kind === TRANSFER_KIND && targetWarehouseId === undefined) {
			throw inputError(ctx.getNode(), `${where}: Target Warehouse is required for a transfer (MM)`, itemIndex);
		}
		lines.push({
			productId,
			productName,
			quantity: readDecimal(ctx, itemIndex, row.quantity, `${where}: Quantity`, QUANTITY) ?? '1',
			unitNetPrice: readDecimal(ctx, itemIndex, row.unitNetPrice, `${where}: Unit Net Price`),
			vatRate: readVatRate(ctx, itemIndex, row.vatRate, `${where}: VAT Rate`),
			purchaseNetPrice: readDecimal(ctx, itemIndex, row.purchaseNetPrice, `${where}: Purchase Net Price`),
			purchaseVatRate: readVatRate(ctx, itemIndex, row.purchaseVatRate, `${where}: Purchase VAT Rate`),
			targetWarehouseId,
		});
	}
	return lines;
}

/** The document's values in `collection` and its product lines; a transfer's lines need a target. */
export async function readDocument(
	ctx: IExecuteFunctions,
	itemIndex: number,
	collection: string,
	values: IDataObject,
	kind: string | undefined,
): Promise<WarehouseDocumentValues> {
	const picked = async (field: string, label: string) => (field in values ? await optionalPickedId(ctx, `${collection}.${field}`, itemIndex, label) : undefined);
	return {
		number: optionalText(values.number),
		issueDate: readDate(ctx, values.issueDate, 'Issue Date', itemIndex),
		clientId: await picked('clientId', 'Client'),
		clientName: optionalText(values.clientName),
		departmentId: await picked('departmentId', 'Department'),
		departmentName: optionalText(values.departmentName),
		invoiceIds: readIdList(ctx, itemIndex, values.invoiceIds, 'Invoice IDs'),
		lines: await readLines(ctx, itemIndex, kind),
	};
}

export function outputWarehouseDocument(ctx: IExecuteFunctions, itemIndex: number, document: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, document, simplifyWarehouseDocument);
}
