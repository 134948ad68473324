import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

import { InvalidValueError } from './canonical/errors';

/**
 * The XML codec of the services that speak XML.
 *
 * One convention both ways: an object key is a child element, a key starting with `@` is an attribute,
 * `#text` is the text of an element that also has attributes, and an array is a repeated element.
 * `<login username="u" password="p"/>` is `{ login: { '@username': 'u', '@password': 'p' } }`.
 */
export const XML_ATTRIBUTE_PREFIX = '@';
export const XML_TEXT_KEY = '#text';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export type XmlScalar = string | number | bigint | boolean;
/** What `buildXml` accepts; `null` and `undefined` leave the element or attribute out. */
export type XmlInput = XmlScalar | null | undefined | XmlInputObject | XmlInput[];
export interface XmlInputObject {
	[name: string]: XmlInput;
}

/** What `parseXml` returns: every value is a string, so money and tax ids arrive exactly as written. */
export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
	[name: string]: XmlValue;
}

export interface BuildXmlOptions {
	/** Indent the document for people to read; services do not need it. */
	pretty?: boolean;
}

export interface ParseXmlOptions {
	/**
	 * Dotted paths from the root of elements that repeat, e.g. `invoices.invoice` or
	 * `invoice.services.service`: they are arrays even when the answer holds one element or none.
	 */
	arrayPaths?: readonly string[];
}

/** The answer is not XML at all (an HTML error page, a truncated body) or is XML we refuse to read. */
export class XmlSyntaxError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'XmlSyntaxError';
	}
}

// Element and attribute names come from code and, for a service's additional fields, from users: a name
// outside this pattern could close the element and open another.
const XML_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
// Characters XML 1.0 cannot carry at all, even escaped; a server would reject the whole document. In
// `u` mode a surrogate pair is one code point, so the surrogate range only matches halves left alone.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
// Entities declared in a DOCTYPE can expand without limit; none of the services sends one.
const DOCTYPE_IN_PROLOG = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<!DOCTYPE/i;

type BuilderNode = string | BuilderObject | BuilderNode[];
interface BuilderObject {
	[name: string]: BuilderNode;
}

function checkedName(name: string, path: string): string {
	if (!XML_NAME.test(name)) {
		throw new InvalidValueError(`XML name at ${path}`, name, 'a valid XML element or attribute name');
	}
	return name;
}

function scalarText(value: XmlScalar | XmlInputObject | XmlInput[], path: string): string {
	if (typeof value === 'object') throw new InvalidValueError(path, '[object]', 'a text value');
	if (typeof value === 'number' && !Number.isFinite(value)) throw new InvalidValueError(path, value, 'a finite number');
	const text = String(value);
	if (FORBIDDEN_CHARACTERS.test(text)) throw new InvalidValueError(path, text, 'text without control characters');
	return text;
}

/** Checks every name and text and turns scalars into strings, so the builder only ever sees safe input. */
function toBuilderNode(value: XmlScalar | XmlInputObject | XmlInput[], path: string): BuilderNode {
	if (Array.isArray(value)) {
		return value
			.filter((item): item is XmlScalar | XmlInputObject => item !== null && item !== undefined)
			.map((item, index) => {
				if (Array.isArray(item)) throw new InvalidValueError(`${path}[${index}]`, '[array]', 'an element, not a list');
				return toBuilderNode(item, `${path}[${index}]`);
			});
	}
	if (typeof value !== 'object') return scalarText(value, path);
	// Without a prototype, a field named `__proto__` is an element like any other.
	const node = Object.create(null) as BuilderObject;
	for (const [key, child] of Object.entries(value)) {
		if (child === null || child === undefined) continue;
		const childPath = `${path}.${key}`;
		if (key === XML_TEXT_KEY) {
			node[key] = scalarText(child, childPath);
		} else if (key.startsWith(XML_ATTRIBUTE_PREFIX)) {
			const name = checkedName(key.slice(XML_ATTRIBUTE_PREFIX.length), childPath);
			node[XML_ATTRIBUTE_PREFIX + name] = scalarText(child, childPath);
		} else {
			node[checkedName(key, childPath)] = toBuilderNode(child, childPath);
		}
	}
	return node;
}

/**
 * A complete UTF-8 XML document with `rootName` as its root element. All text and attribute values are
 * escaped (`<`, `>`, `&`, quotes), so user text such as `</name><evil/>` stays text.
 */
export function buildXml(rootName: string, value: XmlInput, options: BuildXmlOptions = {}): string {
	const root = checkedName(rootName, rootName);
	const builder = new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: XML_ATTRIBUTE_PREFIX,
		textNodeName: XML_TEXT_KEY,
		processEntities: true,
		// Otherwise an attribute whose value is "true" is written as a bare name, which is not XML.
		suppressBooleanAttributes: false,
		suppressEmptyNode: false,
		format: options.pretty === true,
	});
	const content = value === null || value === undefined ? '' : toBuilderNode(value, root);
	const body = builder.build({ [root]: content }) as string;
	return `${DECLARATION}${options.pretty === true ? '\n' : ''}${body}`;
}

/** The parser's objects have no usual prototype; n8n and user code expect plain objects. */
function toPlain(value: unknown): XmlValue {
	if (Array.isArray(value)) return value.map(toPlain);
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, toPlain(child)]));
	}
	return value === null || value === undefined ? '' : String(value);
}

/**
 * Makes a listed repeated element an empty array where its container is present but holds none of it
 * (`<services></services>`), so callers can always iterate.
 */
function withEmptyLists(value: XmlValue, segments: readonly string[]): XmlValue {
	if (Array.isArray(value)) return value.map((item) => withEmptyLists(item, segments));
	if (typeof value === 'string' && value !== '') return value;
	const node: XmlObject = typeof value === 'string' ? {} : value;
	const [head, ...rest] = segments;
	if (rest.length === 0) {
		if (!Object.hasOwn(node, head)) node[head] = [];
	} else if (Object.hasOwn(node, head)) {
		node[head] = withEmptyLists(node[head], rest);
	}
	return node;
}

/**
 * Reads an XML answer into plain objects keyed by the root element. Values stay strings (no number
 * parsing: `0000000015` and `122.0` arrive as written), entities and CDATA are decoded, attributes are
 * `@name` keys.
 */
export function parseXml(text: string, options: ParseXmlOptions = {}): XmlObject {
	const document = text.replace(/^\uFEFF/, '');
	if (DOCTYPE_IN_PROLOG.test(document)) {
		throw new XmlSyntaxError(
			'The answer declares a DOCTYPE; such XML is not read, because its entities can expand without limit',
		);
	}
	const arrayPaths = new Set(options.arrayPaths ?? []);
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: XML_ATTRIBUTE_PREFIX,
		textNodeName: XML_TEXT_KEY,
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: true,
		ignoreDeclaration: true,
		ignorePiTags: true,
		processEntities: true,
		// Decodes numeric character references such as `Krak&#243;w`.
		htmlEntities: true,
		isArray: (_name, jPath, _isLeaf, isAttribute) => !isAttribute && arrayPaths.has(jPath),
	});
	const verdict = XMLValidator.validate(document);
	if (verdict !== true) {
		const { msg, line, col } = verdict.err;
		const where = col === undefined ? `line ${line}` : `line ${line}, column ${col}`;
		throw new XmlSyntaxError(`The answer is not well-formed XML at ${where}: ${msg}`);
	}
	const result = toPlain(parser.parse(document));
	if (typeof result !== 'object' || Array.isArray(result) || Object.keys(result).length === 0) {
		throw new XmlSyntaxError('The answer holds no XML element');
	}
	for (const path of arrayPaths) withEmptyLists(result, path.split('.'));
	return result;
}
