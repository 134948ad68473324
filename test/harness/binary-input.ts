import { prepareBinaryData } from 'n8n-core';
import type { IBinaryKeyData } from 'n8n-workflow';

/** A file to attach to an input item, as an upstream node (e.g. Read File) would have produced it. */
export interface BinaryInputFile {
	/** The bytes; a string is taken as UTF-8 text. */
	data: Buffer | string;
	fileName: string;
	/** Detected from the bytes or the file name when left out, as n8n does. */
	mimeType?: string;
}

/**
 * Stores files through n8n-core's binary data service, exactly as a node's
 * `this.helpers.prepareBinaryData(buffer, fileName, mimeType)` does, so the node under test reads them
 * back with `getBinaryDataBuffer` / `assertBinaryData` like any other binary input.
 */
export async function storeBinaryInput(
	files: Record<string, BinaryInputFile>,
	location: { workflowId: string; executionId: string },
): Promise<IBinaryKeyData> {
	const binary: IBinaryKeyData = {};
	for (const [propertyName, file] of Object.entries(files)) {
		const bytes = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
		binary[propertyName] = await prepareBinaryData(
			bytes,
			location.executionId,
			location.workflowId,
			file.fileName,
			file.mimeType,
		);
	}
	return binary;
}
