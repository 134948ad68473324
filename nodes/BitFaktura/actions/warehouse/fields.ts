import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { optionalText } from '../../../core/params';
import { locator } from '../../locators';
import { namedRecordOf } from '../../mapping/records';

export const warehouseLocator = locator('warehouse');

export const warehouseNameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Kyiv store' };

export const warehouseFields: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{ displayName: 'Kind', name: 'kind', type: 'string', default: '', placeholder: 'e.g. retail', description: 'Free label for the kind of warehouse' },
];

export function warehouseRecord(values: IDataObject): IDataObject {
	return namedRecordOf({ name: optionalText(values.name), description: optionalText(values.description), kind: optionalText(values.kind) });
}
