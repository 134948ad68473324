import { randomBytes } from 'crypto';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

export interface FileOutput {
	data: Buffer;
	fileName: string;
	mimeType: string;
	/** The binary property the user named (default `data`). */
	propertyName: string;
	json: IDataObject;
}

/** A downloaded file as an n8n item, stored through n8n's binary data service. */
export async function fileItem(ctx: IExecuteFunctions, file: FileOutput): Promise<INodeExecutionData> {
	const binary = await ctx.helpers.prepareBinaryData(file.data, file.fileName, file.mimeType);
	return { json: file.json, binary: { [file.propertyName]: binary } };
}

export interface FileInput {
	data: Buffer;
	fileName: string;
	mimeType: string;
}

/** The file in an input item's binary property; n8n names the property in its own error if missing. */
export async function readFileInput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
): Promise<FileInput> {
	const meta = ctx.helpers.assertBinaryData(itemIndex, propertyName);
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	return { data, fileName: meta.fileName ?? propertyName, mimeType: meta.mimeType };
}

export type MultipartPart =
	| { name: string; value: string }
	| { name: string; file: FileInput };

function quoted(value: string): string {
	return value.replace(/["\r\n]/g, '_');
}

/**
 * A multipart/form-data body built in memory: shipped nodes may not depend on a form library, and the
 * files uploaded here (logos, attachments) are small.
 */
export function multipartBody(parts: MultipartPart[]): { body: Buffer; contentType: string } {
	const boundary = `----n8nFaktura${randomBytes(12).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		if ('file' in part) {
			chunks.push(
				Buffer.from(
					`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"; filename="${quoted(part.file.fileName)}"\r\nContent-Type: ${part.file.mimeType}\r\n\r\n`,
				),
				part.file.data,
				Buffer.from('\r\n'),
			);
		} else {
			chunks.push(
				Buffer.from(
					`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"\r\n\r\n${part.value}\r\n`,
				),
			);
		}
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
