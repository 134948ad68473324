/**
 * POST `/api`, the XML API v1 (docs/services/invbg.md, "XML API v1"): one form field `XMLDATA` in, one
 * `<result>` out, always HTTP 200 `text/xml` (INFERRED: the page shows no status). The order a request meets
 * the service in: the XML, the login, the document.
 */
import type { ServerResponse } from 'node:http';
import { sendBytes } from '../../server';
import type { RecordedRequest, Route } from '../../server';
import { invoicePdf } from '../invoiceActions';
import type { InvBgStore } from '../store';
import { createV1Document, viewUrl } from './document';
import { invalidLogin, V1Error } from './errors';
import type { XmlNode } from './parse';
import { childNode, parseRequest, xmlDataOf } from './parse';

const escapeXml = (value: string): string => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const element = (name: string, value: string): string => `<${name}>${escapeXml(value)}</${name}>`;

function result(status: 'OK' | 'ERROR', code: string, message: string, invoice: string[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8" ?>',
		'<result>',
		element('status', status),
		element('error_code', code),
		element('error_message', message),
		`<invoice>${invoice.join('')}</invoice>`,
		'</result>',
	].join('\n');
}

function checkLogin(store: InvBgStore, root: XmlNode): void {
	const login = root.login;
	const attributes = (typeof login === 'object' && login !== null && !Array.isArray(login) ? login : {}) as Record<
		string,
		unknown
	>;
	if (attributes['@_username'] !== store.v1Login.username || attributes['@_password'] !== store.v1Login.password)
		throw invalidLogin();
}

function answer(store: InvBgStore, request: RecordedRequest): string {
	const xml = xmlDataOf(request);
	const root = parseRequest(xml);
	checkLogin(store, root);
	const invoiceNode = childNode(root, 'invoice', 'invoice');
	const created = createV1Document(store, {
		info: childNode(invoiceNode, 'info', 'invoice/info'),
		client: childNode(invoiceNode, 'client', 'invoice/client'),
		objects: childNode(invoiceNode, 'objects', 'invoice/objects'),
		additional: childNode(invoiceNode, 'additional_fields', 'invoice/additional_fields'),
	});
	const { invoice } = created;
	store.v1Documents.push({
		invoiceId: invoice.id,
		number: invoice.number,
		xml: xml ?? '',
		parsed: root,
		additionalFields: created.additionalFields,
	});
	if (created.sendTo !== '') {
		store.emails.push({
			invoiceId: invoice.id,
			number: invoice.number,
			email: created.sendTo,
			subject: null,
			message: null,
			delivery: 'file',
			language: 'bg',
			via: 'v1',
		});
	}
	// The page: the PDF comes back only when asked for; INFERRED, the element is left out otherwise.
	const pdf = created.returnPdf ? [element('pdf', invoicePdf(invoice, 'bg').toString('base64'))] : [];
	return result('OK', '', '', [
		element('number', invoice.number),
		...pdf,
		element('id', String(invoice.id)),
		element('view_url', viewUrl(store, invoice)),
	]);
}

function reply(res: ServerResponse, text: string): void {
	sendBytes(res, 200, 'text/xml; charset=UTF-8', Buffer.from(text, 'utf8'));
}

export function xmlApiRoute(store: InvBgStore): Route {
	return {
		method: 'POST',
		path: '/api',
		handle: (request, res) => {
			try {
				reply(res, answer(store, request));
			} catch (error) {
				if (!(error instanceof V1Error)) throw error;
				reply(res, result('ERROR', error.code, error.text, []));
			}
		},
	};
}
