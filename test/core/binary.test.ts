import { multipartBody } from '../../nodes/core/binary';

describe('multipartBody', () => {
	test('frames fields and files with one boundary and keeps the file bytes intact', () => {
		const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
		const { body, contentType } = multipartBody([
			{ name: 'api_token', value: 'x' },
			{ name: 'department[logo]', file: { data: bytes, fileName: 'lo"go.png', mimeType: 'image/png' } },
		]);
		const boundary = /boundary=(.+)$/.exec(contentType)?.[1] ?? '';
		expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
		const text = body.toString('latin1');
		expect(text.split(`--${boundary}`)).toHaveLength(4);
		expect(text).toContain('Content-Disposition: form-data; name="department[logo]"; filename="lo_go.png"\r\nContent-Type: image/png');
		expect(body.includes(bytes)).toBe(true);
		expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
	});
});
