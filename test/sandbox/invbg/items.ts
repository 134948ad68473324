/**
 * The item catalogue: `/items` CRUD (docs/services/invbg.md, "Items"). The five fields a create needs are
 * the minimum third-party QA code sends to the real API.
 */
import { crudEndpoints } from './crud';
import { Complaints, text } from './errors';
import { CURRENCY, FieldReader, objectBody } from './fields';
import type { InvBgStore, ItemRecord } from './store';

const KNOWN = [
	'name',
	'price',
	'currency',
	'price_for_quantity',
	'quantity_unit',
	'catalog_number',
	'outside_id',
	'name_en',
];
const CURRENCY_TEXT = text(
	'Валутата трябва да е трибуквен код (EUR)',
	'The currency must be a three-letter code (EUR)',
);

function write(record: ItemRecord, body: unknown, creating: boolean): ItemRecord {
	const fields = new FieldReader(objectBody(body), new Complaints(), creating);
	fields.onlyKnown(KNOWN, ['id']);
	const next: ItemRecord = { ...record };
	const set = <K extends keyof ItemRecord>(key: K, value: ItemRecord[K] | null | undefined) => {
		if (value !== undefined && value !== null) next[key] = value;
	};
	set('name', fields.text('name', { required: true, max: 300 }));
	set('price', fields.decimal('price', { required: true, scale: 4, min: 0 }));
	set('currency', fields.text('currency', { required: true, pattern: CURRENCY, patternText: CURRENCY_TEXT }));
	set('price_for_quantity', fields.decimal('price_for_quantity', { required: true, scale: 4, positive: true }));
	set('quantity_unit', fields.text('quantity_unit', { required: true, max: 50 }));
	for (const key of ['catalog_number', 'outside_id', 'name_en'] as const) {
		const value = fields.text(key, { max: 300 });
		if (value !== undefined) next[key] = value;
	}
	fields.complaints.throwIfAny();
	return next;
}

/** Same rules as POST /items; throws InvBgError when they fail. */
export function createItem(store: InvBgStore, body: unknown): ItemRecord {
	const blank: ItemRecord = {
		id: 0,
		name: '',
		price: 0,
		currency: '',
		price_for_quantity: 1,
		quantity_unit: '',
		catalog_number: null,
		outside_id: null,
		name_en: null,
	};
	const item = write(blank, body, true);
	return store.items.insert({ ...item, id: store.items.allocateId() });
}

export const itemEndpoints = crudEndpoints<ItemRecord>({
	collection: '/items',
	rowsKey: 'items',
	table: (store) => store.items,
	create: createItem,
	update: (_store, record, body) => Object.assign(record, write(record, body, false)),
});
