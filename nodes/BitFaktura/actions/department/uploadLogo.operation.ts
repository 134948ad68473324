import type { IDataObject } from 'n8n-workflow';

import { multipartBody, readFileInput } from '../../../core/binary';
import { inputError } from '../../../core/errors';
import { binaryPropertyField } from '../../../core/fields/common';
import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { LOGO_FIELD } from '../../mapping/records';
import { bitFakturaRequest } from '../../transport';
import { departmentLocator } from './fields';

/** The logo goes as a multipart upload, the only way the API page shows a file being sent. */
export const uploadLogo: OperationModule = {
	option: {
		value: 'uploadLogo',
		name: 'Upload Logo',
		action: 'Set the logo on a department’s invoices',
		description: 'Upload the logo printed on the department’s invoices from a binary property',
	},
	kind: 'write',
	properties: [departmentLocator, binaryPropertyField({}, 'Name of the binary property that holds the logo image')],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'departmentId', itemIndex, 'Department');
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		const file = await readFileInput(ctx, itemIndex, propertyName);
		if (!file.mimeType.startsWith('image/')) {
			throw inputError(ctx.getNode(), `The file in "${propertyName}" is ${file.mimeType}, not an image`, itemIndex, 'Upload a PNG, JPEG or GIF logo.');
		}
		const { body, contentType } = multipartBody([{ name: LOGO_FIELD, file }]);
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/departments/${id}.json`, {
			body,
			headers: { 'Content-Type': contentType },
			expect: 'object',
			itemIndex,
		});
	},
};
