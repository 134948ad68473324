/**
 * Warehouse documents (`/warehouse_documents.json`): `pz` goods received raise stock in `warehouse_id`, `wz`
 * goods issued lower it, `mm` moves each action's quantity to its `warehouse2_id` (API page, Fakturownia
 * README). Editing or deleting a document first takes back the stock it moved.
 */
import type { Casts } from './attributes';
import { castAttributes, checkReference, isBlank, nullColumns, permit, withoutBlanks } from './attributes';
import { crudEndpoints } from './crud';
import type { ResourceDefinition } from './crud';
import { isIsoDate } from '../common/dates';
import { formatQuantity, parseQuantity } from '../common/decimal';
import { mainDepartment } from './departments';
import { BLANK, FieldErrors, MUST_EXIST, NOT_A_NUMBER, NOT_IN_LIST } from './errors';
import { applyNestedAttributes } from './nested';
import type { NestedHandlers } from './nested';
import { documentNumber } from './numbering';
import type { Attributes } from './params';
import { createProduct, findProductByName } from './products';
import type { Store, StoredRecord, WarehouseActionRecord, WarehouseDocumentRecord } from './store';

const WAREHOUSE_DOCUMENT_KINDS: readonly string[] = ['pz', 'wz', 'mm'];

const DOCUMENT_FIELDS: readonly string[] = [
	'kind',
	'number',
	'warehouse_id',
	'issue_date',
	'department_id',
	'department_name',
	'client_id',
	'client_name',
	'invoice_ids',
	'description',
];

const DOCUMENT_CASTS: Casts = { ids: ['warehouse_id', 'department_id', 'client_id'], dates: ['issue_date'] };

const ACTION_FIELDS: readonly string[] = [
	'product_id',
	'product_name',
	'quantity',
	'purchase_price_net',
	'purchase_price_gross',
	'purchase_tax',
	'price_net',
	'price_gross',
	'tax',
	'warehouse2_id',
];

const ACTION_CASTS: Casts = {
	ids: ['product_id', 'warehouse2_id'],
	money: ['purchase_price_net', 'purchase_price_gross', 'price_net', 'price_gross'],
};

/** An action whose product may still have to be created from its `product_name`. */
interface ActionDraft extends StoredRecord {
	warehouse_document_id: number;
	product_id: number | null;
	quantity: string;
	warehouse2_id: number | null;
}

function draftAction(
	store: Store,
	documentId: number,
	base: ActionDraft | undefined,
	input: Attributes,
	errors: FieldErrors,
): ActionDraft | undefined {
	const changes = castAttributes(permit(input, ACTION_FIELDS), ACTION_CASTS, errors);
	const now = store.now();
	const action = {
		...nullColumns(ACTION_FIELDS),
		...base,
		...changes,
		id: base?.id ?? store.nestedIds.take(),
		warehouse_document_id: documentId,
		created_at: base?.created_at ?? now,
		updated_at: now,
	} as ActionDraft;
	if (!isBlank(changes.product_id)) {
		const product = store.products.find(changes.product_id);
		if (product === undefined) errors.add('product', MUST_EXIST);
		action.product_id = product?.id ?? null;
		action.product_name = product?.name ?? null;
	} else if (!isBlank(changes.product_name)) {
		action.product_id = findProductByName(store, changes.product_name)?.id ?? null;
	} else if (base === undefined) {
		errors.add('product', MUST_EXIST);
	}
	const quantity = parseQuantity(action.quantity);
	if (isBlank(action.quantity)) errors.add('quantity', BLANK);
	else if (quantity === undefined) errors.add('quantity', NOT_A_NUMBER);
	else action.quantity = formatQuantity(quantity);
	return action;
}

function actionHandlers(store: Store, documentId: number): NestedHandlers<ActionDraft> {
	return {
		build: (input, errors) => draftAction(store, documentId, undefined, input, errors),
		edit: (action, input, errors) => draftAction(store, documentId, action, input, errors),
	};
}

function validateDocument(
	store: Store,
	document: Attributes,
	actions: readonly ActionDraft[],
	errors: FieldErrors,
): void {
	if (isBlank(document.kind)) errors.add('kind', BLANK);
	else if (!WAREHOUSE_DOCUMENT_KINDS.includes(String(document.kind))) errors.add('kind', NOT_IN_LIST);
	if (isBlank(document.warehouse_id)) errors.add('warehouse_id', BLANK);
	else checkReference(errors, 'warehouse', document.warehouse_id, (id) => store.warehouses.find(id));
	checkReference(errors, 'client', document.client_id, (id) => store.clients.find(id));
	checkReference(errors, 'department', document.department_id, (id) => store.departments.find(id));
	const invoiceIds = Array.isArray(document.invoice_ids) ? document.invoice_ids : [];
	if (invoiceIds.some((id) => store.invoices.find(id) === undefined)) errors.add('invoices', MUST_EXIST);
	if (document.kind !== 'mm') return;
	const actionErrors = errors.nested('warehouse_actions');
	for (const action of actions) {
		if (isBlank(action.warehouse2_id)) actionErrors.add('warehouse2_id', BLANK);
		else checkReference(actionErrors, 'warehouse2', action.warehouse2_id, (id) => store.warehouses.find(id));
	}
}

/** INFERRED (as the real app does): a `product_name` that names no product creates one. */
function resolveProducts(store: Store, actions: readonly ActionDraft[]): WarehouseActionRecord[] {
	return actions.map((action) => {
		if (action.product_id !== null) return { ...action, product_id: action.product_id };
		const product =
			findProductByName(store, action.product_name) ??
			createProduct(store, {
				name: action.product_name,
				price_net: action.price_net ?? action.purchase_price_net,
				tax: action.tax ?? action.purchase_tax,
				purchase_price_net: action.purchase_price_net,
				purchase_tax: action.purchase_tax,
			});
		return { ...action, product_id: product.id, product_name: product.name };
	});
}

function moveStock(store: Store, document: WarehouseDocumentRecord, direction: 1n | -1n): void {
	for (const action of document.warehouse_actions) {
		const quantity = (parseQuantity(action.quantity) ?? 0n) * direction;
		if (document.kind === 'pz') store.stock.add(document.warehouse_id, action.product_id, quantity);
		if (document.kind === 'wz' || document.kind === 'mm') {
			store.stock.add(document.warehouse_id, action.product_id, -quantity);
		}
		if (document.kind === 'mm' && action.warehouse2_id !== null) {
			store.stock.add(action.warehouse2_id, action.product_id, quantity);
		}
	}
}

/** The client and department names follow their ids; with neither, the main department (API page). */
function fillNames(store: Store, document: WarehouseDocumentRecord): void {
	const client = store.clients.find(document.client_id);
	if (client !== undefined && isBlank(document.client_name)) document.client_name = client.name;
	if (isBlank(document.department_id) && isBlank(document.department_name)) {
		document.department_id = mainDepartment(store)?.id ?? null;
	}
	const department = store.departments.find(document.department_id);
	if (department !== undefined && isBlank(document.department_name)) document.department_name = department.name;
}

export function createWarehouseDocument(store: Store, input: Attributes): WarehouseDocumentRecord {
	const errors = new FieldErrors();
	const given = withoutBlanks(castAttributes(permit(input, DOCUMENT_FIELDS), DOCUMENT_CASTS, errors));
	const id = store.warehouseDocuments.allocateId();
	const actions = applyNestedAttributes<ActionDraft>(
		[],
		input.warehouse_actions ?? [],
		'warehouse_actions',
		errors,
		actionHandlers(store, id),
	);
	validateDocument(store, given, actions, errors);
	errors.throwIfAny();
	const issueDate = isIsoDate(given.issue_date) ? given.issue_date : store.today;
	const sameKind = store.warehouseDocuments.all().filter((other) => other.kind === given.kind);
	const now = store.now();
	const document = {
		...nullColumns(DOCUMENT_FIELDS),
		...given,
		id,
		kind: String(given.kind),
		number: documentNumber(
			given.number,
			sameKind.map((other) => other.number),
			issueDate,
		),
		warehouse_id: given.warehouse_id as number,
		issue_date: issueDate,
		warehouse_actions: resolveProducts(store, actions),
		created_at: now,
		updated_at: now,
	};
	fillNames(store, document);
	store.warehouseDocuments.insert(document);
	moveStock(store, document, 1n);
	return document;
}

function updateWarehouseDocument(store: Store, document: WarehouseDocumentRecord, input: Attributes): void {
	const errors = new FieldErrors();
	const changes = castAttributes(permit(input, DOCUMENT_FIELDS), DOCUMENT_CASTS, errors);
	if (isBlank(changes.number)) delete changes.number;
	const actions =
		'warehouse_actions' in input
			? applyNestedAttributes<ActionDraft>(
					document.warehouse_actions,
					input.warehouse_actions,
					'warehouse_actions',
					errors,
					actionHandlers(store, document.id),
				)
			: document.warehouse_actions;
	validateDocument(store, { ...document, ...changes }, actions, errors);
	errors.throwIfAny();
	moveStock(store, document, -1n);
	Object.assign(document, changes, { warehouse_actions: resolveProducts(store, actions), updated_at: store.now() });
	fillNames(store, document);
	moveStock(store, document, 1n);
}

const warehouseDocuments: ResourceDefinition<WarehouseDocumentRecord> = {
	collection: '/warehouse_documents',
	wrapper: 'warehouse_document',
	table: (store) => store.warehouseDocuments,
	create: createWarehouseDocument,
	update: updateWarehouseDocument,
	remove: (store, document) => moveStock(store, document, -1n),
};

export const warehouseDocumentEndpoints = Object.values(crudEndpoints(warehouseDocuments));
