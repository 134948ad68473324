import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness';
import { runWorkflow } from '../harness';
import { useIfirma } from './context';

/** The example runs in the Polish time zone, as an ifirma account does; the sandbox's today is taken there. */
const TODAY_IN_WARSAW = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
	new Date(),
);

const ifirma = useIfirma({ today: TODAY_IN_WARSAW });

function example(file: string): WorkflowDefinition {
	return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8')) as WorkflowDefinition;
}

describe('The iFirma example workflow, as a user imports it', () => {
	test('pro forma → invoice → payment: the invoice ends up paid and its PDF is downloaded', async () => {
		const run = await runWorkflow(example('ifirma-proforma-to-paid-invoice.json'), { credentials: ifirma.credentials() });
		expect(run.error).toBeUndefined();
		const [proforma] = run.output('Create Pro Forma');
		expect(proforma.json).toMatchObject({ kind: 'proforma', issueDate: TODAY_IN_WARSAW, net: '4350.00', gross: '5328.00', provider: 'ifirma' });
		const [invoice] = run.output('Convert to Invoice');
		expect(invoice.json).toMatchObject({ kind: 'vat', gross: '5328.00', paid: '0.00', buyer: { name: 'Pracownia Mebli Dąb Sp. z o.o.' } });
		expect(run.output('Register Payment')[0].json).toMatchObject({ amount: '5328.00', invoiceType: 'prz_faktura_kraj' });
		expect(run.output('Check Invoice')[0].json).toMatchObject({ paid: '5328.00', gross: '5328.00' });
		const [pdf] = run.output('Download PDF');
		expect((await run.readBinary(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
	});
});
