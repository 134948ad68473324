import { JSON_CODEC, jsonInQueryCodec, xmlCodec, xmlInFormFieldCodec } from '../../nodes/core/codecs';

describe('codecs: how a service writes requests and answers', () => {
	test('JSON: parameters stay in the query, data bodies are left for n8n to serialise after the credential added to them', () => {
		expect(JSON_CODEC.encode({ method: 'POST', qs: { page: 2 }, body: { invoice: { number: '1/2026' } } })).toEqual({
			qs: { page: 2 },
			body: { invoice: { number: '1/2026' } },
			contentType: 'application/json',
		});
		expect(JSON_CODEC.reads('application/json')).toBe(true);
		expect(JSON_CODEC.reads('application/problem+json')).toBe(true);
		expect(JSON_CODEC.reads('text/html')).toBe(false);
		expect(JSON_CODEC.decode('{"id":"12.30"}')).toEqual({ id: '12.30' });
		expect(() => JSON_CODEC.decode('{"id":')).toThrow();
	});

	test('JSON in a query parameter: the parameters of a read travel as one JSON object, writes as JSON bodies', () => {
		const codec = jsonInQueryCodec('data');
		expect(codec.encode({ method: 'GET', qs: { page: 2, paid: 'unpaid' } })).toEqual({ qs: { data: '{"page":2,"paid":"unpaid"}' } });
		expect(codec.encode({ method: 'GET' })).toEqual({ qs: undefined });
		expect(codec.encode({ method: 'POST', body: { hash: 'abc' } })).toEqual({ qs: undefined, body: { hash: 'abc' }, contentType: 'application/json' });
	});

	test('XML: bodies as a document under the root, text escaped; answers read with repeated elements as lists', () => {
		const codec = xmlCodec('request', { arrayPaths: ['response.invoice'] });
		const encoded = codec.encode({ method: 'POST', body: { invoice: { buyer: 'Smith & <Sons>' } } });
		expect(encoded.contentType).toBe('application/xml; charset=utf-8');
		expect(encoded.body).toContain('<request><invoice><buyer>Smith &amp; &lt;Sons&gt;</buyer></invoice></request>');
		expect(codec.reads('text/xml')).toBe(true);
		expect(codec.reads('application/json')).toBe(false);
		expect(codec.decode('<response><invoice><total>10.50</total></invoice></response>')).toEqual({
			response: { invoice: [{ total: '10.50' }] },
		});
		expect(() => codec.decode('<html><body>Bad gateway')).toThrow();
	});

	test('XML in a form field: the document is posted form-encoded in the named field', () => {
		const codec = xmlInFormFieldCodec('XMLDATA', 'inv', {});
		const encoded = codec.encode({ method: 'POST', body: { login: { '@username': 'u' } } });
		expect(encoded.contentType).toBe('application/x-www-form-urlencoded');
		const field = new URLSearchParams(encoded.body as string).get('XMLDATA');
		expect(field).toBe('<?xml version="1.0" encoding="UTF-8"?><inv><login username="u"></login></inv>');
		expect(codec.name).toBe('XML');
	});
});
