/**
 * The five REST endpoints every resource shares (`/things.json`, `/things/{id}.json`), written once.
 * A resource supplies its table, its create/update rules and, where it differs, filters and presentation.
 */
import type { Call, Endpoint } from './endpoint';
import { json } from './endpoint';
import { notFound } from './errors';
import type { Attributes } from './params';
import { wrapperOf } from './params';
import { pageOf } from './listing';
import type { Store, StoredRecord } from './store';
import type { Table } from '../common/table';

/** `list` rows, `one` for GET by id, `written` for the answer to a create or update. */
export type View = 'list' | 'one' | 'written';

export interface ResourceDefinition<R extends StoredRecord> {
	/** Path without the format, e.g. `/warehouses`. */
	collection: string;
	/** Body key that carries the attributes, e.g. `warehouse`. */
	wrapper: string;
	table(store: Store): Table<R>;
	/** Validates and stores; throws a 422 ApiError when the attributes are not acceptable. */
	create(store: Store, attributes: Attributes): R;
	update(store: Store, record: R, attributes: Attributes): void;
	/** Narrows and orders the list; without it every row is listed in id order. */
	filter?(rows: R[], call: Call): R[];
	present?(record: R, call: Call, view: View): unknown;
	/** Side effects of a delete (stock, payments), run before the row goes. */
	remove?(store: Store, record: R): void;
	updateMethod?: 'PUT' | 'PATCH';
	multipart?: true;
}

export function findOrNotFound<R extends { id: number }>(table: Table<R>, id: unknown): R {
	const record = table.find(id);
	if (record === undefined) throw notFound();
	return record;
}

export interface CrudEndpoints {
	list: Endpoint;
	get: Endpoint;
	create: Endpoint;
	update: Endpoint;
	remove: Endpoint;
}

export function crudEndpoints<R extends StoredRecord>(resource: ResourceDefinition<R>): CrudEndpoints {
	const present = (record: R, call: Call, view: View) =>
		resource.present ? resource.present(record, call, view) : { ...record };
	const one = `${resource.collection}/:id.json`;
	return {
		list: {
			method: 'GET',
			path: `${resource.collection}.json`,
			action: (call) => {
				const rows = resource.table(call.store).all();
				const listed = resource.filter ? resource.filter(rows, call) : rows;
				return json(200, pageOf(listed, call.params).map((record) => present(record, call, 'list')));
			},
		},
		get: {
			method: 'GET',
			path: one,
			action: (call) => json(200, present(findOrNotFound(resource.table(call.store), call.path.id), call, 'one')),
		},
		create: {
			method: 'POST',
			path: `${resource.collection}.json`,
			multipart: resource.multipart,
			action: (call) => {
				const record = resource.create(call.store, wrapperOf(call.params, resource.wrapper));
				return json(201, present(record, call, 'written'));
			},
		},
		update: {
			method: resource.updateMethod ?? 'PUT',
			path: one,
			multipart: resource.multipart,
			action: (call) => {
				const record = findOrNotFound(resource.table(call.store), call.path.id);
				resource.update(call.store, record, wrapperOf(call.params, resource.wrapper));
				return json(200, present(record, call, 'written'));
			},
		},
		remove: {
			method: 'DELETE',
			path: one,
			action: (call) => {
				const table = resource.table(call.store);
				const record = findOrNotFound(table, call.path.id);
				resource.remove?.(call.store, record);
				table.delete(record.id);
				// The PHP client's live tests measured `"ok"` for a product delete; the other resources' answers are
				// undocumented (docs/services/bitfaktura.md, Errors).
				return json(200, 'ok');
			},
		},
	};
}
