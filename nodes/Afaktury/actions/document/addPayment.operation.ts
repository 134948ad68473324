import { decimalToNumber } from '../../../core/canonical';
import { simplifyField } from '../../../core/fields/common';
import { checked, readText, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { documentLocator, readDocumentHash } from '../../locators';
import { paymentDate } from '../../mapping/actions';
import { actionPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import { documentTypeField, readModule } from './fields';
import { documentAfter } from './output';

/** The payment is added to what was paid; the document's amount to pay goes down by it. */
export const addPayment: OperationModule = {
	option: { value: 'addPayment', name: 'Add Payment', action: 'Add a payment to a document', description: 'Record money received for a document' },
	kind: 'write',
	properties: [
		documentTypeField,
		documentLocator,
		{ displayName: 'Amount', name: 'amount', type: 'string', default: '', required: true, placeholder: 'e.g. 100.00', description: 'The amount paid, as a decimal' },
		{
			displayName: 'Payment Date',
			name: 'paymentDate',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2026-01-31 12:00:00',
			description: 'As YYYY-MM-DD or YYYY-MM-DD HH:MM:SS; now in the workflow\'s time zone when empty',
		},
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		const cash = checked(ctx, itemIndex, () => decimalToNumber(requireText(ctx, 'amount', itemIndex, 'Amount'), 'Amount', { sign: 'positive', places: 2 }));
		const given = readText(ctx, 'paymentDate', itemIndex);
		const date = checked(ctx, itemIndex, () => paymentDate(given === '' ? nowIn(ctx.getTimezone()) : given));
		const envelope = await afakturyRequest(ctx, 'PUT', actionPath(module, 'pay'), { body: { hash, cash, date }, itemIndex });
		return await documentAfter(ctx, itemIndex, module, hash, envelope);
	},
};

/** `2026-01-31 14:05:09` in the workflow's time zone. */
function nowIn(timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(new Date());
	const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '00';
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}
