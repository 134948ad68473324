/** Resources that are just a named record with a few text fields (warehouses, categories). */
import { isBlank, nullColumns, permit, withoutBlanks } from './attributes';
import { crudEndpoints } from './crud';
import type { Endpoint } from './endpoint';
import { BLANK, FieldErrors } from './errors';
import type { Attributes } from './params';
import type { Store, StoredRecord } from './store';
import type { Table } from '../common/table';

export interface NamedRecord extends StoredRecord {
	name: string;
}

export interface NamedResource<R extends NamedRecord> {
	create(store: Store, input: Attributes): R;
	endpoints: Endpoint[];
}

export function namedResource<R extends NamedRecord>(options: {
	collection: string;
	wrapper: string;
	fields: readonly string[];
	table(store: Store): Table<R>;
}): NamedResource<R> {
	const create = (store: Store, input: Attributes): R => {
		const given = withoutBlanks(permit(input, options.fields));
		const errors = new FieldErrors();
		if (isBlank(given.name)) errors.add('name', BLANK);
		errors.throwIfAny();
		const table = options.table(store);
		const now = store.now();
		return table.insert({
			...nullColumns(options.fields),
			...given,
			id: table.allocateId(),
			name: String(given.name),
			created_at: now,
			updated_at: now,
		} as R);
	};
	const update = (store: Store, record: R, input: Attributes): void => {
		const changes = permit(input, options.fields);
		const errors = new FieldErrors();
		if ('name' in changes && isBlank(changes.name)) errors.add('name', BLANK);
		errors.throwIfAny();
		Object.assign(record, changes, { updated_at: store.now() });
	};
	const endpoints = Object.values(
		crudEndpoints<R>({ collection: options.collection, wrapper: options.wrapper, table: options.table, create, update }),
	);
	return { create, endpoints };
}
