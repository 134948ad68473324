import type { IDataObject } from 'n8n-workflow';

import type { Codec } from './codecs';
import { redactText } from './redact';

/**
 * What an operation needs from a successful answer: a record, a list, any data in the service's format,
 * nothing, or a file. Anything else is unreadable, never an item.
 */
export type Expectation = 'object' | 'list' | 'data' | 'nothing' | 'file';

/** One answer exactly as it came off the wire: the body is always read as bytes and decoded here. */
export interface RawAnswer {
	status: number;
	headers: IDataObject;
	bytes: Buffer;
}

export type Checked = { ok: true; value: unknown } | { ok: false; problem: string };

const PREVIEW_BYTES = 160;

export function headerOf(headers: IDataObject, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() !== wanted || value === undefined || value === null) continue;
		return Array.isArray(value) ? value.map(String).join(', ') : String(value);
	}
	return undefined;
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(answer: RawAnswer): string | undefined {
	return headerOf(answer.headers, 'content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function isHtml(answer: RawAnswer): boolean {
	if (mediaTypeOf(answer) === 'text/html') return true;
	return /^\s*<(?:!doctype html|html)\b/i.test(answer.bytes.subarray(0, 64).toString('utf8'));
}

/**
 * A page of the network edge in front of the service (Cloudflare and its kind) rather than the service's
 * own answer: a block or a challenge says nothing about the key or the request's fields.
 */
export function isEdgeBlock(answer: RawAnswer): boolean {
	if (!isHtml(answer)) return false;
	if (/cloudflare/i.test(headerOf(answer.headers, 'server') ?? '')) return true;
	if (headerOf(answer.headers, 'cf-ray') !== undefined) return true;
	return /cloudflare|attention required|access denied|you have been blocked/i.test(answer.bytes.toString('utf8'));
}

/** The HTML page's title, which is all a person needs from an error page. */
function htmlTitle(answer: RawAnswer): string | undefined {
	const match = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(answer.bytes.toString('utf8'));
	return match?.[1]?.replace(/\s+/g, ' ').trim() || undefined;
}

/** "HTTP 200, text/html, 1234 bytes: <!DOCTYPE html>…" — what came back, with secrets removed. */
export function describeAnswer(answer: RawAnswer, secrets: Array<string | undefined>): string {
	const parts = [`HTTP ${answer.status}`, mediaTypeOf(answer) ?? 'no content type', `${answer.bytes.length} bytes`];
	if (answer.bytes.length === 0) return parts.join(', ');
	const title = isHtml(answer) ? htmlTitle(answer) : undefined;
	const start = answer.bytes.subarray(0, PREVIEW_BYTES).toString('utf8').replace(/\s+/g, ' ').trim();
	const shown = title !== undefined ? `page titled "${title}"` : `${start}${answer.bytes.length > PREVIEW_BYTES ? '…' : ''}`;
	return redactText(`${parts.join(', ')}: ${shown}`, secrets);
}

/** The body read in the service's format when it is in it, else as text; for reading a refusal, whatever its form. */
export function looseBody(answer: RawAnswer, codec: Codec): unknown {
	const text = answer.bytes.toString('utf8');
	if (text.trim() === '') return undefined;
	try {
		return codec.decode(text);
	} catch {
		return text;
	}
}

function decode(answer: RawAnswer, codec: Codec): Checked {
	const text = answer.bytes.toString('utf8');
	if (text.trim() === '') return { ok: false, problem: 'the answer was empty' };
	if (!codec.reads(mediaTypeOf(answer))) {
		return { ok: false, problem: isHtml(answer) ? `the answer was an HTML page, not ${codec.name}` : `the answer was not ${codec.name}` };
	}
	try {
		return { ok: true, value: codec.decode(text) };
	} catch {
		return { ok: false, problem: `the answer was malformed or cut-off ${codec.name}` };
	}
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a successful answer against what the operation expects. A list and an object are told apart,
 * so a page of HTML can never be read as a list of made-up records, nor an empty page as "no more".
 */
export function checkAnswer(answer: RawAnswer, expectation: Expectation, codec: Codec): Checked {
	if (expectation === 'nothing') return { ok: true, value: looseBody(answer, codec) };
	if (expectation === 'file') {
		if (answer.bytes.length === 0) return { ok: false, problem: 'the file was empty' };
		if (isHtml(answer)) return { ok: false, problem: 'an HTML page came instead of the file' };
		return { ok: true, value: answer.bytes };
	}
	const decoded = decode(answer, codec);
	if (!decoded.ok || expectation === 'data') return decoded;
	if (expectation === 'list' && !Array.isArray(decoded.value)) return { ok: false, problem: 'the answer was not a list' };
	if (expectation === 'object' && !isRecord(decoded.value)) return { ok: false, problem: 'the answer was not a record' };
	return decoded;
}

/** A file download that answered in the service's data format instead: services put their refusals there. */
export function dataInsteadOfFile(answer: RawAnswer, codec: Codec): unknown {
	if (!codec.reads(mediaTypeOf(answer))) return undefined;
	const decoded = decode(answer, codec);
	return decoded.ok ? decoded.value : undefined;
}
