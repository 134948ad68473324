/**
 * The five REST endpoints v3's clients, items and invoices share (`/things`, `/things/{id}`), written once:
 * list 200, get 200, create 201 `{"id"}`, PATCH 204, DELETE 204, unknown id 404 (docs/services/invbg.md,
 * "Status codes").
 */
import type { Table } from '../common/table';
import type { QueryValue } from '../server';
import type { Call, Endpoint } from './endpoint';
import { json, noContent } from './endpoint';
import { Complaints, notFound } from './errors';
import { listAnswer, readListQuery } from './paging';
import type { InvBgStore } from './store';

export interface CrudResource<R extends { id: number }> {
	/** e.g. `/clients`. */
	collection: string;
	/** The list's rows key, e.g. `clients`. */
	rowsKey: string;
	table(store: InvBgStore): Table<R>;
	/** Narrows the rows by the filters present; complains about bad filter values. */
	filter?(rows: R[], query: Record<string, QueryValue>, complaints: Complaints): R[];
	create(store: InvBgStore, body: unknown): R;
	/** What a create answers besides the id (an invoice adds its number). */
	created?(record: R): Record<string, unknown>;
	update(store: InvBgStore, record: R, body: unknown): void;
	/** Refuses a delete the service does not allow, or undoes what the record holds. */
	remove?(store: InvBgStore, record: R): void;
}

export function findOrNotFound<R extends { id: number }>(table: Table<R>, id: unknown): R {
	const record = table.find(id);
	if (record === undefined) throw notFound();
	return record;
}

export function crudEndpoints<R extends { id: number }>(resource: CrudResource<R>): Endpoint[] {
	const one = `${resource.collection}/:id`;
	const find = (call: Call) => findOrNotFound(resource.table(call.store), call.path.id);
	return [
		{
			method: 'GET',
			path: resource.collection,
			action: (call) => {
				const complaints = new Complaints();
				const paging = readListQuery(call, complaints);
				const rows = resource.table(call.store).all();
				const listed = resource.filter ? resource.filter(rows, call.request.query, complaints) : rows;
				complaints.throwIfAny();
				return listAnswer(listed, resource.rowsKey, paging);
			},
		},
		{ method: 'GET', path: one, action: (call) => json(200, find(call)) },
		{
			method: 'POST',
			path: resource.collection,
			action: (call) => {
				const record = resource.create(call.store, call.body);
				return json(201, { id: record.id, ...resource.created?.(record) });
			},
		},
		{
			method: 'PATCH',
			path: one,
			action: (call) => {
				resource.update(call.store, find(call), call.body);
				return noContent();
			},
		},
		{
			method: 'DELETE',
			path: one,
			action: (call) => {
				const record = find(call);
				resource.remove?.(call.store, record);
				resource.table(call.store).delete(record.id);
				return noContent();
			},
		},
	];
}

/** An exact-match filter on a text field, when the query names it. */
export function exactFilter<R>(
	rows: R[],
	query: Record<string, QueryValue>,
	key: string,
	valueOf: (row: R) => unknown,
): R[] {
	const wanted = query[key];
	return typeof wanted === 'string' ? rows.filter((row) => valueOf(row) === wanted) : rows;
}
