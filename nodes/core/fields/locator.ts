import type { INodeProperties } from 'n8n-workflow';

/** A record picked From List (searchable, filled from the account) or entered By ID. */
export function idLocator(options: {
	name: string;
	label: string;
	searchMethod: string;
	required?: boolean;
	description?: string;
}): INodeProperties {
	return {
		displayName: options.label,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '123',
				validation: [
					{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'An ID is a whole number' } },
				],
			},
		],
	};
}
