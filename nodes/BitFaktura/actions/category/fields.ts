import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { optionalText } from '../../../core/params';
import { locator } from '../../locators';
import { namedRecordOf } from '../../mapping/records';

export const categoryLocator = locator('category');

export const categoryNameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Services' };

export const categoryFields: INodeProperties[] = [{ displayName: 'Description', name: 'description', type: 'string', default: '' }];

export function categoryRecord(values: IDataObject): IDataObject {
	return namedRecordOf({ name: optionalText(values.name), description: optionalText(values.description) });
}
