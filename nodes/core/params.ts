import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { DecimalRule, DecimalString, VatRate } from './canonical';
import { checkLength, InvalidValueError, normalizeVatRate, parseDecimal } from './canonical';
import { inputError } from './errors';
import type { IdShape } from './fields/locator';
import { WHOLE_NUMBER_ID } from './fields/locator';

/** A parameter's text, trimmed; empty when the user left it blank. */
export function readText(ctx: IExecuteFunctions, name: string, itemIndex: number): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (value === null || value === undefined) return '';
	return String(value).trim();
}

/** A value from a collection as trimmed text; blank, null and absent are all "not given". */
export function optionalText(value: unknown): string | undefined {
	const text = value === undefined || value === null ? '' : String(value).trim();
	return text === '' ? undefined : text;
}

/**
 * A text the operation cannot do without, named in the error before any request is sent; with
 * `maxLength`, also refused when longer than the service keeps.
 */
export function requireText(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string, maxLength?: number): string {
	const value = readText(ctx, name, itemIndex);
	if (value === '') {
		throw inputError(ctx.getNode(), `${label} is required`, itemIndex, `Enter a value for "${label}".`);
	}
	return maxLength === undefined ? value : checked(ctx, itemIndex, () => checkLength(value, maxLength, label));
}

/** The ID a resource locator holds, whichever mode (From List, By ID, By URL) the user picked. */
export function requireId(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string, shape: IdShape = WHOLE_NUMBER_ID): string {
	const value = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	const id = value === null || value === undefined ? '' : String(value).trim();
	if (id === '') {
		throw inputError(ctx.getNode(), `${label} is required`, itemIndex, `Pick the ${label.toLowerCase()} from the list or enter its ID.`);
	}
	if (!new RegExp(shape.pattern).test(id)) {
		throw inputError(
			ctx.getNode(),
			`${label} must be ${shape.words}, got "${id}"`,
			itemIndex,
			`An ID in this service is ${shape.words}, e.g. ${shape.example}. Pick the ${label.toLowerCase()} from the list or enter its ID.`,
		);
	}
	return id;
}

/** A locator the user may leave empty, such as one in a collection; empty → undefined, else as `requireId`. */
export function optionalId(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string, shape: IdShape = WHOLE_NUMBER_ID): string | undefined {
	const value = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	if (value === undefined || value === null || String(value).trim() === '') return undefined;
	return requireId(ctx, name, itemIndex, label, shape);
}

/** An optional number of the user's as a decimal string, within `rule`; blank → undefined. */
export function optionalDecimal(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string, rule?: DecimalRule): DecimalString | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => parseDecimal(text, label, rule));
}

/** An optional VAT rate, one of `allowed` (the rates the service's accounts charge); blank → undefined. */
export function optionalVatRate(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string, allowed: readonly VatRate[]): VatRate | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => normalizeVatRate(text, label, allowed));
}

/** A collection parameter (Additional Fields, Filters, Options) as a plain object. */
export function readCollection(ctx: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	return (ctx.getNodeParameter(name, itemIndex, {}) as IDataObject) ?? {};
}

/** A comma-separated list of numeric IDs (`101, 102`); empty gives none, anything else is named. */
export function readIdList(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): number[] {
	return String(value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.map((part) => {
			if (!/^\d+$/.test(part)) {
				throw inputError(ctx.getNode(), `${label}: "${part}" is not an ID`, itemIndex, 'Separate numeric IDs with commas.');
			}
			return Number(part);
		});
}

/** Runs a canonical parser; what it refuses becomes an error naming the field and the item. */
export function checked<T>(ctx: IExecuteFunctions, itemIndex: number, parse: () => T): T {
	try {
		return parse();
	} catch (error) {
		const hint = error instanceof InvalidValueError ? error.hint : undefined;
		throw inputError(ctx.getNode(), (error as Error).message, itemIndex, hint);
	}
}

/**
 * Each text of a collection no longer than the service keeps (`maxLengths`, by parameter name), named as
 * the node shows it: the field's display name, after `where` (`Buyer Details: Street`) when given.
 */
export function checkLengths(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	maxLengths: Readonly<Record<string, number>>,
	fields: readonly INodeProperties[],
	where?: string,
): void {
	for (const field of fields) {
		const maxLength = maxLengths[field.name];
		const value = values[field.name];
		if (maxLength === undefined || typeof value !== 'string') continue;
		const label = where === undefined ? field.displayName : `${where}: ${field.displayName}`;
		checked(ctx, itemIndex, () => checkLength(value.trim(), maxLength, label));
	}
}

/** The user's values under the service's names; keys without a name in the map and empty values are left out. */
export function renameKeys(values: IDataObject, names: Record<string, string>): IDataObject {
	const renamed: IDataObject = {};
	for (const [field, wireName] of Object.entries(names)) {
		const value = values[field];
		if (value === undefined || value === null || value === '') continue;
		renamed[wireName] = value;
	}
	return renamed;
}
