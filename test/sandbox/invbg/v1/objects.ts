/** `<objects>`: the lines of a v1 document, with their units and reductions (v1 page). */
import { divideRounded, formatPlain, parseScaled } from '../../common/decimal';
import type { InvBgStore, InvoiceItem } from '../store';
import type { TotalLine } from '../totals';
import { FINE_SCALE, lineAmount, reductionAmount } from '../totals';
import { invalidValue, missingField } from './errors';
import type { XmlNode } from './parse';
import { readReduction, Section } from './section';

const KNOWN_UNITS = ['COUNT', 'DAY', 'KILOGRAM'];

export interface V1Line {
	item: InvoiceItem;
	total: TotalLine;
}

export function readObjects(objects: XmlNode | undefined, rate: number): V1Line[] {
	const list = objects?.object;
	if (!Array.isArray(list) || list.length === 0) throw missingField('invoice/objects/object');
	return list.map((node: unknown, index) => {
		if (typeof node !== 'object' || node === null) throw missingField(`invoice/objects/object[${index + 1}]/name`);
		const object = new Section(node as XmlNode, `invoice/objects/object[${index + 1}]`);
		const name = object.text('name', true);
		const quantity = object.decimal('quantity_value', true);
		const price = object.decimal('price_single', true);
		const forQuantity = object.decimal('price_single_is_for_quantity') || '1';
		if (Number(quantity) <= 0) throw invalidValue(`${object.section}/quantity_value`);
		if (Number(forQuantity) <= 0) throw invalidValue(`${object.section}/price_single_is_for_quantity`);
		const unit = object.text('quantity_unit') || 'COUNT';
		const reduction = readReduction(object);
		// Read to refuse markup in them; they live on only in the recorded document.
		for (const free of ['notes', 'outside_id', 'outside_group_id']) object.text(free);
		const gross = lineAmount(quantity, price, forQuantity);
		const amount = gross - reductionAmount(gross, reduction);
		if (amount < 0n) throw invalidValue(`${object.section}/reduction_value`);
		const unitPrice = divideRounded(
			(parseScaled(price, FINE_SCALE) ?? 0n) * 10n ** BigInt(FINE_SCALE),
			parseScaled(forQuantity, FINE_SCALE) ?? 1n,
		);
		return {
			item: {
				name,
				quantity: Number(quantity),
				quantity_unit: unit,
				price: Number(formatPlain(unitPrice, FINE_SCALE)),
				vat_percent: null,
			},
			total: { amount, rate },
		};
	});
}

/** Any unit but the page's three becomes one of the firm's own, as the page says. */
export function rememberUnits(store: InvBgStore, lines: readonly V1Line[]): void {
	for (const { item } of lines)
		if (!KNOWN_UNITS.includes(item.quantity_unit)) store.quantityUnits.add(item.quantity_unit);
}
