/**
 * Products (`/products.json`): prices from net or gross plus tax; stock levels per warehouse (BitFaktura and
 * Fakturownia READMEs).
 */
import type { Casts } from './attributes';
import { castAttributes, checkReference, isBlank, nullColumns, permit, withoutBlanks } from './attributes';
import { crudEndpoints } from './crud';
import type { ResourceDefinition } from './crud';
import { formatMoney, formatQuantity, parseMoney } from '../common/decimal';
import { BLANK, FieldErrors, INVALID, NOT_A_NUMBER } from './errors';
import type { Attributes } from './params';
import type { ProductRecord, Store } from './store';
import { idFrom } from '../common/table';
import { DEFAULT_TAX, grossFromNet, netFromGross, parseTax } from './tax';
import type { TaxRate } from './tax';
import { randomToken } from './tokens';

/**
 * The Fakturownia README's product fields; `stock_level` is left out: stock moves only through warehouse
 * documents here.
 */
const PRODUCT_FIELDS: readonly string[] = [
	'name',
	'code',
	'ean_code',
	'description',
	'price_net',
	'tax',
	'price_gross',
	'currency',
	'category_id',
	'tag_list',
	'service',
	'electronic_service',
	'limited',
	'purchase_price_net',
	'purchase_tax',
	'purchase_price_gross',
	'package',
	'quantity_unit',
	'quantity',
	'additional_info',
	'supplier_code',
	'accounting_id',
	'disabled',
	'use_moss',
	'use_product_warehouses',
];

const PRODUCT_CASTS: Casts = {
	ids: ['category_id'],
	booleans: ['service', 'electronic_service', 'limited', 'disabled', 'use_moss', 'use_product_warehouses', 'package'],
	money: ['purchase_price_net', 'purchase_price_gross'],
};

function readTax(value: unknown, errors: FieldErrors): TaxRate | undefined {
	const tax = parseTax(isBlank(value) ? DEFAULT_TAX : value);
	if (tax === undefined) errors.add('tax', INVALID);
	return tax;
}

function readPrice(attributes: Attributes, field: string, errors: FieldErrors): bigint | undefined {
	if (isBlank(attributes[field])) return undefined;
	const cents = parseMoney(attributes[field]);
	if (cents === undefined) errors.add(field, NOT_A_NUMBER);
	return cents;
}

function validate(store: Store, product: Attributes, errors: FieldErrors): void {
	if (isBlank(product.name)) errors.add('name', BLANK);
	checkReference(errors, 'category', product.category_id, (id) => store.categories.find(id));
}

export function createProduct(store: Store, input: Attributes): ProductRecord {
	const errors = new FieldErrors();
	const given = withoutBlanks(castAttributes(permit(input, PRODUCT_FIELDS), PRODUCT_CASTS, errors));
	validate(store, given, errors);
	const tax = readTax(given.tax, errors);
	const net = readPrice(given, 'price_net', errors);
	const gross = readPrice(given, 'price_gross', errors);
	errors.throwIfAny();
	const rate = tax?.rate ?? 0n;
	// A given net price decides the gross one; otherwise the gross decides the net (INFERRED precedence).
	const netCents = net ?? (gross === undefined ? 0n : netFromGross(gross, rate));
	const grossCents = net === undefined ? (gross ?? 0n) : grossFromNet(net, rate);
	const now = store.now();
	return store.products.insert({
		...nullColumns(PRODUCT_FIELDS),
		...given,
		id: store.products.allocateId(),
		name: String(given.name),
		code: isBlank(given.code) ? null : String(given.code),
		tax: tax?.label ?? DEFAULT_TAX,
		price_net: formatMoney(netCents),
		price_gross: formatMoney(grossCents),
		price_tax: formatMoney(grossCents - netCents),
		// The API page addresses the payment widget by the product's token.
		token: randomToken(),
		created_at: now,
		updated_at: now,
	});
}

/**
 * BitFaktura and Fakturownia READMEs: the net price cannot be set on update; it follows from the gross price
 * and the tax.
 */
function updateProduct(store: Store, product: ProductRecord, input: Attributes): void {
	const errors = new FieldErrors();
	const changes = castAttributes(permit(input, PRODUCT_FIELDS), PRODUCT_CASTS, errors);
	delete changes.price_net;
	validate(store, { ...product, ...changes }, errors);
	const tax = 'tax' in changes ? readTax(changes.tax, errors) : parseTax(product.tax);
	const gross = 'price_gross' in changes ? readPrice(changes, 'price_gross', errors) : parseMoney(product.price_gross);
	errors.throwIfAny();
	const grossCents = gross ?? 0n;
	const netCents = netFromGross(grossCents, tax?.rate ?? 0n);
	Object.assign(product, changes, {
		tax: tax?.label ?? product.tax,
		price_net: formatMoney(netCents),
		price_gross: formatMoney(grossCents),
		price_tax: formatMoney(grossCents - netCents),
		updated_at: store.now(),
	});
}

export function findProductByName(store: Store, name: unknown): ProductRecord | undefined {
	return store.products.all().find((product) => product.name === name);
}

const products: ResourceDefinition<ProductRecord> = {
	collection: '/products',
	wrapper: 'product',
	table: (store) => store.products,
	create: createProduct,
	update: updateProduct,
	/**
	 * `warehouse_id` shows the stock of that warehouse (BitFaktura and Fakturownia READMEs); without it, the
	 * stock of all of them.
	 */
	present: (product, call) => {
		const warehouseId = idFrom(call.params.warehouse_id);
		const stock =
			warehouseId === undefined
				? call.store.stock.total(product.id)
				: call.store.stock.level(warehouseId, product.id);
		return { ...product, stock_level: formatQuantity(stock) };
	},
};

export const productEndpoints = Object.values(crudEndpoints(products));
