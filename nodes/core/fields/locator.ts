import type { INodeProperties } from 'n8n-workflow';

/** What a service's record IDs look like, so the editor and the node refuse anything else before sending. */
export interface IdShape {
	/** The whole ID, anchored. */
	pattern: string;
	/** An example for placeholders, e.g. `123`. */
	example: string;
	/** How an ID is described to a person: "a whole number". */
	words: string;
}

export const WHOLE_NUMBER_ID: IdShape = { pattern: '^[0-9]+$', example: '123', words: 'a whole number' };
export const UUID_ID: IdShape = {
	pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
	example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
	words: 'a UUID',
};

/** A record's address in the service's web app; `pattern` captures the ID in its first group. */
export interface RecordUrl {
	pattern: string;
	example: string;
}

export interface LocatorOptions {
	name: string;
	label: string;
	searchMethod: string;
	idShape?: IdShape;
	/** Given when the service's records have addresses a user can copy from the browser. */
	url?: RecordUrl;
	required?: boolean;
	description?: string;
}

/** A record picked From List (searchable, filled from the account), By ID, or By URL where records have one. */
export function idLocator(options: LocatorOptions): INodeProperties {
	return {
		displayName: options.label,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		...locatorModes(options),
	};
}

/**
 * Each mode is written in a `modes` list, where n8n's lint rules tell a mode from a parameter (a mode has
 * no default).
 */
function locatorModes(options: LocatorOptions): Required<Pick<INodeProperties, 'modes'>> {
	const shape = options.idShape ?? WHOLE_NUMBER_ID;
	const listAndId: Required<Pick<INodeProperties, 'modes'>> = {
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
				placeholder: `e.g. ${shape.example}`,
				validation: [{ type: 'regex', properties: { regex: shape.pattern, errorMessage: `An ID is ${shape.words}` } }],
			},
		],
	};
	const url = options.url;
	if (url === undefined) return listAndId;
	return {
		modes: [
			...listAndId.modes,
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. ${url.example}`,
				validation: [{ type: 'regex', properties: { regex: url.pattern, errorMessage: 'Not an address of such a record' } }],
				extractValue: { type: 'regex', regex: url.pattern },
			},
		],
	};
}
