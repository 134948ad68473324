import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationOption } from '../../core/fields/operations';
import { operationProperty, standardOperation } from '../../core/fields/operations';
import { returnAllAndLimit, simplifyField } from '../../core/fields/common';
import { readListLimits } from '../../core/pagination';
import { inputError } from '../../core/errors';
import { requireId } from '../../core/params';
import type { Operation, ResourceDefinition } from '../../core/router';
import { bitFakturaList, bitFakturaRequest } from '../transport';

/** The fields of one operation and how to read them into the wire record. */
export interface FieldsReader {
	fields: INodeProperties[];
	read(ctx: IExecuteFunctions, itemIndex: number): IDataObject;
}

/**
 * One BitFaktura record type: every one is served the same way, `/{plural}.json` and `/{plural}/{id}.json`,
 * with writes wrapped in a key named after the record (`{"client": {…}}`).
 */
export interface RecordSpec {
	resource: string;
	label: string;
	plural: string;
	wrapper: string;
	basePath: string;
	/** Where one record is read, when it differs from where it is written (payments). */
	readPath?: (id: string) => string;
	updateMethod?: 'PUT' | 'PATCH';
	idField: INodeProperties;
	create?: FieldsReader;
	update?: FieldsReader;
	get?: FieldsReader;
	list?: FieldsReader;
	/** Omit an operation the service does not offer for this record. */
	without?: Array<'create' | 'delete'>;
	simplify?: (record: IDataObject) => IDataObject;
	extraOperations?: Array<OperationOption & { fields: INodeProperties[]; operation: Operation }>;
}

function maybeSimplify(ctx: IExecuteFunctions, spec: RecordSpec, itemIndex: number, record: IDataObject): IDataObject {
	if (spec.simplify === undefined) return record;
	return ctx.getNodeParameter('simplify', itemIndex, true) ? spec.simplify(record) : record;
}

export function recordResource(spec: RecordSpec): ResourceDefinition {
	const idName = spec.idField.name;
	const itemPath = (id: string) => `${spec.basePath}/${id}.json`;
	const readPath = spec.readPath ?? itemPath;
	const readId = (ctx: IExecuteFunctions, i: number) => requireId(ctx, idName, i, `${spec.label} ID`);
	const show = (operation: string) => ({ resource: [spec.resource], operation: [operation] });
	const display = (operation: string, fields: INodeProperties[]) =>
		updateDisplayOptions({ show: show(operation) }, fields);

	const operations: Record<string, Operation> = {};
	const options: OperationOption[] = [];
	const fields: INodeProperties[] = [];

	if (!spec.without?.includes('create') && spec.create) {
		const create = spec.create;
		options.push(standardOperation('create', spec.label, spec.plural));
		fields.push(...display('create', create.fields));
		operations.create = {
			kind: 'write',
			execute: async (ctx, i) => {
				const record = create.read(ctx, i);
				return await bitFakturaRequest<IDataObject>(ctx, 'POST', `${spec.basePath}.json`, {
					body: { [spec.wrapper]: record },
					expect: 'object',
					itemIndex: i,
				});
			},
		};
	}

	options.push(standardOperation('get', spec.label, spec.plural));
	fields.push(...display('get', [spec.idField, ...(spec.get?.fields ?? [])]));
	if (spec.simplify) fields.push(simplifyField(show('get')));
	operations.get = {
		kind: 'read',
		execute: async (ctx, i) => {
			const qs = spec.get?.read(ctx, i) ?? {};
			const record = await bitFakturaRequest<IDataObject>(ctx, 'GET', readPath(readId(ctx, i)), { qs, expect: 'object', itemIndex: i });
			return maybeSimplify(ctx, spec, i, record);
		},
	};

	options.push(standardOperation('getMany', spec.label, spec.plural));
	fields.push(...returnAllAndLimit(show('getMany')), ...display('getMany', spec.list?.fields ?? []));
	if (spec.simplify) fields.push(simplifyField(show('getMany')));
	operations.getMany = {
		kind: 'read',
		execute: async (ctx, i) => {
			const filters = spec.list?.read(ctx, i) ?? {};
			const records = await bitFakturaList(ctx, `${spec.basePath}.json`, filters, readListLimits(ctx, i), i);
			return records.map((record) => maybeSimplify(ctx, spec, i, record));
		},
	};

	if (spec.update) {
		const update = spec.update;
		options.push(standardOperation('update', spec.label, spec.plural));
		fields.push(...display('update', [spec.idField, ...update.fields]));
		operations.update = {
			kind: 'write',
			execute: async (ctx, i) => {
				const id = readId(ctx, i);
				const changes = update.read(ctx, i);
				if (Object.keys(changes).length === 0) {
					throw inputError(ctx.getNode(), 'No field to update was set', i, 'Add at least one field under "Update Fields".');
				}
				return await bitFakturaRequest<IDataObject>(ctx, spec.updateMethod ?? 'PUT', itemPath(id), {
					body: { [spec.wrapper]: changes },
					expect: 'object',
					itemIndex: i,
				});
			},
		};
	}

	if (!spec.without?.includes('delete')) {
		options.push(standardOperation('delete', spec.label, spec.plural));
		fields.push(...display('delete', [spec.idField]));
		operations.delete = {
			kind: 'write',
			execute: async (ctx, i) => {
				const id = readId(ctx, i);
				await bitFakturaRequest<unknown>(ctx, 'DELETE', itemPath(id), { expect: 'nothing', itemIndex: i });
				return { deleted: true, id: Number(id) };
			},
		};
	}

	for (const extra of spec.extraOperations ?? []) {
		options.push(extra);
		fields.push(...display(extra.value, extra.fields));
		operations[extra.value] = extra.operation;
	}

	const defaultOperation = options.some((option) => option.value === 'create') ? 'create' : 'get';
	return {
		description: [operationProperty(spec.resource, options, defaultOperation), ...fields],
		operations,
	};
}
