import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export type Show = NonNullable<IDisplayOptions['show']>;

/** Return All with Limit, the pair n8n users expect on every list. */
export function returnAllAndLimit(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** The Simplify switch: the same canonical shape from every node of the package. */
export function simplifyField(show: Show): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		displayOptions: { show },
		default: true,
		description:
			'Whether to return the same compact fields as every invoicing node of this package instead of the full record',
	};
}

/** Where a downloaded or uploaded file lives on the item. */
export function binaryPropertyField(show: Show, description: string): INodeProperties {
	return {
		displayName: 'Binary Property',
		name: 'binaryPropertyName',
		type: 'string',
		displayOptions: { show },
		default: 'data',
		required: true,
		description,
	};
}

/** Options for the canonical payment methods, in the order accountants list them. */
export const PAYMENT_METHOD_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Bank Transfer', value: 'transfer' },
	{ name: 'Cash', value: 'cash' },
	{ name: 'Card', value: 'card' },
	{ name: 'Cash on Delivery', value: 'cashOnDelivery' },
	{ name: 'Cheque', value: 'cheque' },
	{ name: 'Barter', value: 'barter' },
	{ name: 'Compensation', value: 'compensation' },
	{ name: 'Other', value: 'other' },
];

export const VAT_RATE_DESCRIPTION =
	'VAT rate in percent (23, 20, 8, 7, 0…), or zw for exempt, or np for not subject to VAT';

export const DATE_DESCRIPTION_SUFFIX = 'As YYYY-MM-DD';

const COLLECTIONS = {
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
	options: { displayName: 'Options', placeholder: 'Add Option' },
} as const;

/** Collections list their fields alphabetically, as n8n's own nodes do, wherever they were declared. */
export function alphabetical<T extends { displayName: string }>(fields: T[]): T[] {
	return [...fields].sort((left, right) => left.displayName.localeCompare(right.displayName));
}

/** The optional-fields collections every operation uses, named the same way in every node. */
export function fieldsCollection(name: keyof typeof COLLECTIONS, options: INodeProperties[]): INodeProperties {
	return { ...COLLECTIONS[name], name, type: 'collection', default: {}, options };
}
