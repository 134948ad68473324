import type { RawAnswer } from '../../nodes/core/answers';
import { checkAnswer, describeAnswer, isEdgeBlock } from '../../nodes/core/answers';
import { JSON_CODEC } from '../../nodes/core/codecs';

function answer(body: string, contentType: string | undefined, status = 200, headers: Record<string, string> = {}): RawAnswer {
	return { status, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, bytes: Buffer.from(body, 'utf8') };
}

describe('checkAnswer', () => {
	test('reads a JSON record, and a JSON list, as what the operation expects', () => {
		expect(checkAnswer(answer('{"id":1}', 'application/json; charset=utf-8'), 'object', JSON_CODEC)).toEqual({ ok: true, value: { id: 1 } });
		expect(checkAnswer(answer('[{"id":1}]', 'application/json'), 'list', JSON_CODEC)).toEqual({ ok: true, value: [{ id: 1 }] });
		expect(checkAnswer(answer('[]', 'application/vnd.api+json'), 'list', JSON_CODEC)).toEqual({ ok: true, value: [] });
	});

	test('tells an empty list from an empty, an HTML, a malformed and a cut-off answer', () => {
		expect(checkAnswer(answer('', 'application/json'), 'list', JSON_CODEC)).toEqual({ ok: false, problem: 'the answer was empty' });
		expect(checkAnswer(answer('<!DOCTYPE html><html></html>', 'text/html'), 'list', JSON_CODEC)).toEqual({
			ok: false,
			problem: 'the answer was an HTML page, not JSON',
		});
		expect(checkAnswer(answer('{"id": 1,, }', 'application/json'), 'object', JSON_CODEC)).toEqual({
			ok: false,
			problem: 'the answer was malformed or cut-off JSON',
		});
		expect(checkAnswer(answer('[{"id": 1}, {"id"', 'application/json'), 'list', JSON_CODEC).ok).toBe(false);
	});

	test('refuses JSON under another content type, a record where a list was expected, and the reverse', () => {
		expect(checkAnswer(answer('{"id":1}', 'text/plain'), 'object', JSON_CODEC)).toEqual({ ok: false, problem: 'the answer was not JSON' });
		expect(checkAnswer(answer('{"id":1}', 'application/json'), 'list', JSON_CODEC)).toEqual({ ok: false, problem: 'the answer was not a list' });
		expect(checkAnswer(answer('[1]', 'application/json'), 'object', JSON_CODEC)).toEqual({ ok: false, problem: 'the answer was not a record' });
		expect(checkAnswer(answer('"text"', 'application/json'), 'object', JSON_CODEC).ok).toBe(false);
	});

	test('a file must have bytes and must not be a web page; nothing-to-read accepts an empty body', () => {
		expect(checkAnswer(answer('%PDF-1.4', 'application/pdf'), 'file', JSON_CODEC)).toEqual({ ok: true, value: Buffer.from('%PDF-1.4') });
		expect(checkAnswer(answer('', 'application/pdf'), 'file', JSON_CODEC)).toEqual({ ok: false, problem: 'the file was empty' });
		expect(checkAnswer(answer('<html><title>Login</title></html>', 'text/html'), 'file', JSON_CODEC).ok).toBe(false);
		expect(checkAnswer(answer('', undefined, 204), 'nothing', JSON_CODEC)).toEqual({ ok: true, value: undefined });
	});
});

describe('isEdgeBlock', () => {
	test('knows a Cloudflare page by its headers or its words, and never a JSON refusal', () => {
		expect(isEdgeBlock(answer('<html><title>Attention Required! | Cloudflare</title></html>', 'text/html', 403))).toBe(true);
		expect(isEdgeBlock(answer('<html>blocked</html>', 'text/html', 403, { server: 'cloudflare' }))).toBe(true);
		expect(isEdgeBlock(answer('<html>x</html>', 'text/html', 503, { 'cf-ray': '8a1b-WAW' }))).toBe(true);
		expect(isEdgeBlock(answer('<html><title>Maintenance</title></html>', 'text/html', 503))).toBe(false);
		expect(isEdgeBlock(answer('{"message":"Access denied"}', 'application/json', 403))).toBe(false);
	});
});

describe('describeAnswer', () => {
	test('says status, content type, size and the start of the body, with secrets removed', () => {
		const text = describeAnswer(answer('{"error":"bad","api_token":"tok-secret-1","echo":"tok-secret-1"}', 'application/json', 200), ['tok-secret-1']);
		expect(text).toMatch(/^HTTP 200, application\/json, 64 bytes: \{"error":"bad","api_token":"\*\*\*"/);
		expect(text).not.toContain('tok-secret-1');
	});

	test('an HTML page is named by its title, and a long body is cut', () => {
		expect(describeAnswer(answer('<html><head><title>502 Bad Gateway</title></head></html>', 'text/html', 502), [])).toBe(
			'HTTP 502, text/html, 56 bytes: page titled "502 Bad Gateway"',
		);
		expect(describeAnswer(answer('x'.repeat(1000), 'text/plain'), [])).toMatch(/x{160}…$/);
		expect(describeAnswer(answer('', 'application/json'), [])).toBe('HTTP 200, application/json, 0 bytes');
	});
});
