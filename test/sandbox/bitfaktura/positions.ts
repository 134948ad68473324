/**
 * Invoice positions: which price the client gave, and everything computed from it
 * (docs/services/bitfaktura.md, Invoice). All arithmetic is on cents; totals are derived from the side the
 * client gave, so a given gross total is kept to the cent (the API page's example 10.23 gross at 23 % + 50.00
 * at 0 % gives the captured 58.32/1.91/60.23).
 */
import { isBlank, nullColumns, permit } from './attributes';
import {
	divideRounded,
	formatMoney,
	formatPlain,
	formatQuantity,
	HUNDRED_PERCENT,
	moneyOf,
	parseMoney,
	parseQuantity,
	parseScaled,
	QUANTITY_SCALE,
	RATE_SCALE,
} from '../common/decimal';
import { BLANK, INVALID, MUST_EXIST, NOT_A_NUMBER } from './errors';
import type { FieldErrors } from './errors';
import type { Attributes } from './params';
import type { PositionRecord, ProductRecord, Store } from './store';
import { DEFAULT_TAX, grossFromNet, netFromGross, parseTax } from './tax';

const POSITION_FIELDS = [
	'name',
	'description',
	'additional_info',
	'code',
	'kind',
	'product_id',
	'quantity',
	'quantity_unit',
	'tax',
	'price_net',
	'price_gross',
	'total_price_net',
	'total_price_gross',
	'discount',
	'discount_percent',
] as const;

/** The price keys in the order the engine prefers them when several are sent (INFERRED). */
const PRICE_FIELDS = ['total_price_gross', 'price_gross', 'total_price_net', 'price_net'] as const;
const PRICING_FIELDS: readonly string[] = [...PRICE_FIELDS, 'quantity', 'tax', 'discount', 'discount_percent', 'product_id'];
const QUANTITY_UNIT = 10n ** BigInt(QUANTITY_SCALE);

type PricedColumns = Pick<
	PositionRecord,
	| 'quantity'
	| 'tax'
	| 'price_net'
	| 'price_gross'
	| 'price_tax'
	| 'total_price_net'
	| 'total_price_gross'
	| 'total_price_tax'
	| 'discount'
	| 'discount_percent'
>;

function hasPrice(attributes: Attributes): boolean {
	return PRICE_FIELDS.some((field) => !isBlank(attributes[field]));
}

function readAmount(attributes: Attributes, field: string, errors: FieldErrors): bigint | undefined {
	if (isBlank(attributes[field])) return undefined;
	const cents = parseMoney(attributes[field]);
	if (cents === undefined) errors.add(field, NOT_A_NUMBER);
	return cents;
}

/**
 * Unit prices are before discount, totals after it. A percent discount (`discount_percent`, kind
 * `percent_unit`) takes that share off the position total; an amount discount (`discount`, kind `amount`)
 * takes that sum off the position total on the side the price was given (INFERRED from the API page's
 * examples).
 */
function pricePosition(raw: Attributes, errors: FieldErrors): PricedColumns | undefined {
	let valid = true;
	const fail = (field: string, message: string) => {
		errors.add(field, message);
		valid = false;
	};

	const quantity = parseQuantity(raw.quantity);
	if (isBlank(raw.quantity)) fail('quantity', BLANK);
	else if (quantity === undefined) fail('quantity', NOT_A_NUMBER);

	const tax = parseTax(isBlank(raw.tax) ? DEFAULT_TAX : raw.tax);
	if (tax === undefined) fail('tax', INVALID);

	const percent = isBlank(raw.discount_percent) ? undefined : parseScaled(raw.discount_percent, RATE_SCALE);
	if (!isBlank(raw.discount_percent) && percent === undefined) fail('discount_percent', NOT_A_NUMBER);
	const amountOff = isBlank(raw.discount) ? undefined : parseMoney(raw.discount);
	if (!isBlank(raw.discount) && amountOff === undefined) fail('discount', NOT_A_NUMBER);

	const given = PRICE_FIELDS.find((field) => !isBlank(raw[field]));
	const givenCents = given === undefined ? 0n : readAmount(raw, given, errors);
	if (!valid || quantity === undefined || tax === undefined || givenCents === undefined) return undefined;

	const side = given?.endsWith('net') ? 'net' : 'gross';
	const isTotal = given?.startsWith('total_') ?? false;
	const unit = isTotal ? (quantity === 0n ? 0n : divideRounded(givenCents * QUANTITY_UNIT, quantity)) : givenCents;
	let total = isTotal ? givenCents : divideRounded(unit * quantity, QUANTITY_UNIT);
	if (percent !== undefined) total = divideRounded(total * (HUNDRED_PERCENT - percent), HUNDRED_PERCENT);
	if (amountOff !== undefined) total -= amountOff;

	const otherSide = (cents: bigint) =>
		side === 'gross' ? netFromGross(cents, tax.rate) : grossFromNet(cents, tax.rate);
	const [unitNet, unitGross] = side === 'gross' ? [otherSide(unit), unit] : [unit, otherSide(unit)];
	const [totalNet, totalGross] = side === 'gross' ? [otherSide(total), total] : [total, otherSide(total)];
	return {
		quantity: formatQuantity(quantity),
		tax: tax.label,
		price_net: formatMoney(unitNet),
		price_gross: formatMoney(unitGross),
		price_tax: formatMoney(unitGross - unitNet),
		total_price_net: formatMoney(totalNet),
		total_price_gross: formatMoney(totalGross),
		total_price_tax: formatMoney(totalGross - totalNet),
		discount: amountOff === undefined ? null : formatMoney(amountOff),
		discount_percent: percent === undefined ? null : formatPlain(percent, RATE_SCALE),
	};
}

function productOf(store: Store, attributes: Attributes, errors: FieldErrors): ProductRecord | undefined {
	if (isBlank(attributes.product_id)) return undefined;
	const product = store.products.find(attributes.product_id);
	if (product === undefined) errors.add('product', MUST_EXIST);
	return product;
}

/**
 * A position's name, tax and price fall back to its product's (API page: `{"product_id": 333, "quantity":
 * 2}`).
 */
export function buildPosition(
	store: Store,
	invoiceId: number,
	input: Attributes,
	errors: FieldErrors,
): PositionRecord | undefined {
	const attributes = permit(input, POSITION_FIELDS);
	const product = productOf(store, attributes, errors);
	const raw: Attributes = { ...attributes };
	if (product !== undefined) {
		if (isBlank(raw.name)) raw.name = product.name;
		if (isBlank(raw.code)) raw.code = product.code;
		if (isBlank(raw.tax)) raw.tax = product.tax;
		if (!hasPrice(raw)) raw.price_gross = product.price_gross;
	}
	const named = !isBlank(raw.name) || !isBlank(attributes.product_id);
	if (!named) errors.add('name', BLANK);
	const priced = pricePosition(raw, errors);
	if (priced === undefined || !named || (!isBlank(attributes.product_id) && product === undefined)) return undefined;
	const now = store.now();
	return {
		...nullColumns(POSITION_FIELDS),
		...raw,
		...priced,
		id: store.nestedIds.take(),
		invoice_id: invoiceId,
		name: String(raw.name),
		product_id: product?.id ?? null,
		deleted: false,
		created_at: now,
		updated_at: now,
	};
}

/**
 * Text-only edits leave the amounts alone. When quantity, tax, discount or product change without a new
 * price, the stored unit gross price is the basis (INFERRED: keeps a gross-priced position's unit price).
 */
export function editPosition(
	store: Store,
	position: PositionRecord,
	input: Attributes,
	errors: FieldErrors,
): PositionRecord | undefined {
	const attributes = permit(input, POSITION_FIELDS);
	const edited: PositionRecord = { ...position, ...attributes, updated_at: store.now() } as PositionRecord;
	if (!PRICING_FIELDS.some((field) => field in attributes)) return edited;
	const product = productOf(store, attributes, errors);
	if (!isBlank(attributes.product_id) && product === undefined) return undefined;
	const basis: Attributes = hasPrice(attributes)
		? permit(attributes, PRICE_FIELDS)
		: { price_gross: product?.price_gross ?? position.price_gross };
	const raw: Attributes = {
		quantity: edited.quantity,
		tax: edited.tax,
		discount: edited.discount,
		discount_percent: edited.discount_percent,
		...basis,
	};
	const priced = pricePosition(raw, errors);
	if (priced === undefined) return undefined;
	const productId = 'product_id' in attributes ? (product?.id ?? null) : position.product_id;
	return { ...edited, ...priced, product_id: productId };
}

/** Invoice sums are the sums of the position totals; tax is what separates them. */
export function invoiceTotals(positions: readonly PositionRecord[]): {
	price_net: string;
	price_tax: string;
	price_gross: string;
} {
	let net = 0n;
	let gross = 0n;
	for (const position of positions) {
		net += moneyOf(position.total_price_net);
		gross += moneyOf(position.total_price_gross);
	}
	return { price_net: formatMoney(net), price_tax: formatMoney(gross - net), price_gross: formatMoney(gross) };
}
