import type { IDataObject } from 'n8n-workflow';

import type { ParseXmlOptions, XmlInput } from './xml';
import { buildXml, parseXml } from './xml';

/** A request's parameters and body as the service reads them. */
export interface EncodedRequest {
	qs?: IDataObject;
	/** Text, or data that n8n serialises as JSON after the credential has added to it (a token key). */
	body?: string | IDataObject | IDataObject[];
	contentType?: string;
}

/**
 * How one service writes requests and answers: the core sends and checks, the codec says what the bytes
 * are. Each of the package's services speaks one of these.
 */
export interface Codec {
	/** The format's name in messages: "JSON", "XML". */
	name: string;
	/** The Accept header of requests that expect an answer to read. */
	accept: string;
	/** Puts an operation's parameters and body where and how the service reads them. */
	encode(request: { method: string; qs?: IDataObject; body?: IDataObject | IDataObject[] }): EncodedRequest;
	/** Whether an answer of this media type is one the codec reads (an HTML page never is). */
	reads(mediaType: string | undefined): boolean;
	/** The answer's text as data; throws on malformed or cut-off text. */
	decode(text: string): unknown;
}

function isJsonMediaType(mediaType: string | undefined): boolean {
	return mediaType !== undefined && /^application\/(?:[\w.+-]+\+)?json$/.test(mediaType);
}

function isXmlMediaType(mediaType: string | undefined): boolean {
	return mediaType !== undefined && /^(?:application|text)\/(?:[\w.+-]+\+)?xml$/.test(mediaType);
}

function jsonBody(body: IDataObject | IDataObject[] | undefined): Pick<EncodedRequest, 'body' | 'contentType'> {
	return body === undefined ? {} : { body, contentType: 'application/json' };
}

/** Query parameters as they are, bodies as JSON, answers as JSON. */
export const JSON_CODEC: Codec = {
	name: 'JSON',
	accept: 'application/json',
	encode: ({ qs, body }) => ({ qs, ...jsonBody(body) }),
	reads: isJsonMediaType,
	decode: (text) => JSON.parse(text) as unknown,
};

/**
 * JSON bodies, and the parameters of a read carried as one JSON object in a single query parameter
 * (`?data={"page":2}`), as some services take them.
 */
export function jsonInQueryCodec(parameter: string): Codec {
	return {
		...JSON_CODEC,
		encode: ({ method, qs, body }) => {
			const carried = method === 'GET' && qs !== undefined && Object.keys(qs).length > 0 ? { [parameter]: JSON.stringify(qs) } : qs;
			return { qs: carried, ...jsonBody(body) };
		},
	};
}

function xmlDocument(root: string, body: IDataObject | IDataObject[]): string {
	return buildXml(root, body as XmlInput);
}

/** Bodies as an XML document under `root`, answers as XML with the given repeated elements as lists. */
export function xmlCodec(root: string, parse: ParseXmlOptions = {}): Codec {
	return {
		name: 'XML',
		accept: 'application/xml',
		encode: ({ qs, body }) => ({
			qs,
			...(body === undefined ? {} : { body: xmlDocument(root, body), contentType: 'application/xml; charset=utf-8' }),
		}),
		reads: isXmlMediaType,
		decode: (text) => parseXml(text, parse),
	};
}

/** An XML document posted in one form field (`XMLDATA=<?xml …>`), answered in XML. */
export function xmlInFormFieldCodec(field: string, root: string, parse: ParseXmlOptions = {}): Codec {
	return {
		...xmlCodec(root, parse),
		encode: ({ qs, body }) => ({
			qs,
			...(body === undefined
				? {}
				: {
						body: new URLSearchParams({ [field]: xmlDocument(root, body) }).toString(),
						contentType: 'application/x-www-form-urlencoded',
					}),
		}),
	};
}
