/**
 * A small `multipart/form-data` reader (RFC 7578) for fakes whose service accepts file uploads.
 * It reads what HTTP clients send (CRLF line ends, quoted parameters) and refuses anything else.
 */

export interface MultipartPart {
	name: string;
	/** Present for file fields. */
	fileName?: string;
	contentType?: string;
	data: Buffer;
}

const CRLF = Buffer.from('\r\n');

function boundaryOf(contentTypeHeader: string): string | undefined {
	const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentTypeHeader);
	return match ? (match[1] ?? match[2]) : undefined;
}

function parsePartHeaders(text: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of text.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

function dispositionParameter(disposition: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|;)\\s*${name}="([^"]*)"`, 'i').exec(disposition);
	return match?.[1];
}

/** The parts in order, or undefined when the body is not well-formed multipart for that boundary. */
export function parseMultipart(body: Buffer, contentTypeHeader: string): MultipartPart[] | undefined {
	const boundary = boundaryOf(contentTypeHeader);
	if (boundary === undefined) return undefined;
	const delimiter = Buffer.from(`--${boundary}`);
	const nextDelimiter = Buffer.concat([CRLF, delimiter]);
	const parts: MultipartPart[] = [];
	let position = body.indexOf(delimiter);
	if (position < 0) return undefined;
	for (;;) {
		position += delimiter.length;
		const marker = body.subarray(position, position + 2).toString('latin1');
		if (marker === '--') return parts;
		if (marker !== '\r\n') return undefined;
		position += 2;
		const headersEnd = body.indexOf('\r\n\r\n', position);
		if (headersEnd < 0) return undefined;
		const headers = parsePartHeaders(body.subarray(position, headersEnd).toString('utf8'));
		const dataStart = headersEnd + 4;
		const dataEnd = body.indexOf(nextDelimiter, dataStart);
		if (dataEnd < 0) return undefined;
		const disposition = headers['content-disposition'] ?? '';
		const name = dispositionParameter(disposition, 'name');
		if (name === undefined) return undefined;
		parts.push({
			name,
			fileName: dispositionParameter(disposition, 'filename'),
			contentType: headers['content-type'],
			data: body.subarray(dataStart, dataEnd),
		});
		position = dataEnd + CRLF.length;
	}
}
