import { jsonInQueryCodec, xmlCodec } from '../../nodes/core/codecs';
import type { ServiceDefinition } from '../../nodes/core/transport';
import { encodeRequest } from '../../nodes/core/transport';

const service = (extra: Partial<ServiceDefinition> = {}): ServiceDefinition => ({
	name: 'Test',
	credentialType: 'testApi',
	baseUrl: () => 'https://service.test',
	secrets: () => [],
	readFailure: () => ({ message: 'refused' }),
	...extra,
});

describe('encodeRequest: a request as its service reads it', () => {
	test('JSON by default: the body is left as data, with JSON headers', () => {
		expect(encodeRequest(service(), { method: 'POST', path: '/x', body: { a: 1 } })).toEqual({
			qs: undefined,
			body: { a: 1 },
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		});
	});

	test("the service's own headers go on every request, and the request's own win over them", () => {
		const browserLike = service({ headers: { 'User-Agent': 'Mozilla/5.0 (n8n)', Accept: 'application/json' } });
		expect(encodeRequest(browserLike, { method: 'GET', path: '/x', headers: { Accept: 'application/pdf' } }).headers).toEqual({
			Accept: 'application/pdf',
			'User-Agent': 'Mozilla/5.0 (n8n)',
		});
	});

	test("the service's codec writes parameters and bodies: JSON in a query parameter, XML", () => {
		expect(encodeRequest(service({ codec: jsonInQueryCodec('data') }), { method: 'GET', path: '/x', qs: { page: 2 } }).qs).toEqual({
			data: '{"page":2}',
		});
		const xml = encodeRequest(service({ codec: xmlCodec('request') }), { method: 'POST', path: '/x', body: { id: '1' } });
		expect(xml.body).toContain('<request><id>1</id></request>');
		expect(xml.headers).toMatchObject({ Accept: 'application/xml', 'Content-Type': 'application/xml; charset=utf-8' });
	});

	test('a body given as text or bytes (signed text, multipart) goes as it is, with its own headers', () => {
		const signed = encodeRequest(service(), { method: 'POST', path: '/x', body: '{"b":2}', headers: { 'Content-Type': 'application/json; charset=UTF-8' } });
		expect(signed.body).toBe('{"b":2}');
		expect(signed.headers['Content-Type']).toBe('application/json; charset=UTF-8');
		const file = encodeRequest(service(), { method: 'PUT', path: '/x', body: Buffer.from('bytes'), binary: true });
		expect(file.body).toEqual(Buffer.from('bytes'));
		expect(file.headers).toEqual({ Accept: '*/*' });
	});
});
