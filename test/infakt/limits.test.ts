import { infakt, readInfaktFailure } from '../../nodes/Infakt/transport';
import { byId, invoiceFields, useInfakt } from './context';

const inf = useInfakt({ enforceRateLimits: true });

jest.setTimeout(30_000);

describe('inFakt limits', () => {
	test('the node paces itself to 300 reads and 150 writes a minute per key', () => {
		expect(infakt.rateLimits).toEqual([
			{ requests: 300, perMs: 60_000, scope: 'read' },
			{ requests: 150, perMs: 60_000, scope: 'write' },
		]);
	});

	test('many items are read within the limit the sandbox enforces: no 429 reaches the user', async () => {
		const invoice = inf.sandbox.addInvoice(invoiceFields());
		const input = Array.from({ length: 40 }, () => ({}));
		const run = await inf.run({ resource: 'invoice', operation: 'get', invoiceId: byId(invoice.uuid) }, { input });
		expect(run.error).toBeUndefined();
		expect(run.items()).toHaveLength(40);
		expect(run.items().map((item) => item.pairedItem)).toEqual(input.map((_, index) => ({ item: index })));
	});

	test('refusals read as inFakt words them: field maps, a sentence, or the status alone', () => {
		expect(readInfaktFailure(422, { errors: { payment_method: ['Proszę wybrać odpowiedni sposób płatności.'] } })).toEqual({
			message: 'Payment Method: Proszę wybrać odpowiedni sposób płatności.',
			status: 422,
			hint: 'Correct the fields named above.',
		});
		expect(readInfaktFailure(423, { error: 'Zablokowane.' })).toEqual({ message: 'Zablokowane.', status: 423 });
		expect(readInfaktFailure(400, { message: 'Bad' })).toEqual({ message: 'Bad', status: 400 });
		expect(readInfaktFailure(503, '<html>')).toEqual({ message: 'The service answered with HTTP 503', status: 503 });
	});
});
