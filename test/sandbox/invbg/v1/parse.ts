/**
 * Reading `XMLDATA` as a real server would: the form field out of an `application/x-www-form-urlencoded`
 * body, checked for well-formedness, then parsed by fast-xml-parser with entities decoded — so text a client
 * escaped stays text, and markup it did not escape breaks the document instead of adding elements.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RecordedRequest } from '../../server';
import { invalidValue, invalidXml } from './errors';

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	processEntities: true,
	isArray: (_name, jpath) => jpath === 'request.invoice.objects.object',
});

/** The form field as PHP's `$_POST['XMLDATA']` would see it; undefined when the body is not a form. */
export function xmlDataOf(request: RecordedRequest): string | undefined {
	if (request.contentType !== 'application/x-www-form-urlencoded') return undefined;
	return new URLSearchParams(request.rawBody.toString('utf8')).get('XMLDATA') ?? undefined;
}

/** The `<request>` element, or INVALID_XML. */
export function parseRequest(xml: string | undefined): XmlNode {
	if (xml === undefined || xml.trim() === '') throw invalidXml('липсва XMLDATA');
	// A DOCTYPE could declare entities; the service has no use for one (INFERRED), so it is refused.
	if (/<!DOCTYPE/i.test(xml)) throw invalidXml('DOCTYPE не е позволен');
	const verdict = XMLValidator.validate(xml);
	if (verdict !== true) throw invalidXml(`ред ${verdict.err.line}`);
	const document = parser.parse(xml) as XmlNode;
	const root = document.request;
	if (typeof root !== 'object' || root === null || Array.isArray(root)) throw invalidXml('липсва <request>');
	return root as XmlNode;
}

/** A child element that holds elements; `undefined` when absent or empty. */
export function childNode(parent: XmlNode | undefined, name: string, path: string): XmlNode | undefined {
	const value = parent?.[name];
	if (value === undefined || value === '') return undefined;
	if (Array.isArray(value)) throw invalidXml(`<${name}> се повтаря`);
	if (typeof value !== 'object' || value === null) throw invalidValue(path);
	return value as XmlNode;
}

/** A text element's content, '' for an empty element, undefined when absent. */
export function childText(parent: XmlNode | undefined, name: string, path: string): string | undefined {
	const value = parent?.[name];
	if (value === undefined) return undefined;
	if (Array.isArray(value)) throw invalidXml(`<${name}> се повтаря`);
	if (typeof value !== 'string') throw invalidValue(path);
	return value;
}
