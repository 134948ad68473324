import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** `kind` of a PDF or an email with the document: how it is printed. */
export const COPIES_OPTIONS: INodePropertyOptions[] = [
	{ name: 'One Copy', value: 1 },
	{ name: 'Two Copies', value: 2, description: 'Original and copy' },
	{ name: 'Duplicate', value: 3 },
];

export const TEMPLATE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Standard', value: 'std' },
	{ name: 'Professional', value: 'pro' },
];

/** `kind` of a reminder. */
export const REMINDER_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Reminder', value: 1 },
	{ name: 'Last Reminder', value: 2 },
	{ name: 'Thank-You', value: 3, description: 'Thanks for the payment' },
];

/** `configPrint`: what the printed document shows, each a 0/1 flag (the vendor page). */
const PRINT_FLAGS: Array<{ wire: string; label: string }> = [
	{ wire: 'showPrice', label: 'Show Prices' },
	{ wire: 'visibleSign', label: 'Show Signature' },
	{ wire: 'visibleQrcode', label: 'Show QR Code' },
	{ wire: 'visiblePayTime', label: 'Show Payment Term' },
	{ wire: 'visiblePkwiu', label: 'Show PKWiU' },
	{ wire: 'visibleCashWord', label: 'Show Amount in Words' },
	{ wire: 'visibleDoubleCash', label: 'Show Amount in Both Currencies' },
	{ wire: 'visibleDelivery', label: 'Show Delivery Method' },
	{ wire: 'visiblePreventiveSeal', label: 'Show Stamp' },
	{ wire: 'visibleCurrency', label: 'Show Currency' },
	{ wire: 'visibleConversion', label: 'Show Currency Conversion' },
	{ wire: 'visibleBankAccount', label: 'Show Bank Account' },
	{ wire: 'visibleVATPayer', label: 'Show VAT Payer Status' },
	{ wire: 'visiblePaydate', label: 'Show Payment Date' },
	{ wire: 'visiblePayment', label: 'Show Payment Method' },
];

/** The print flags as a collection; a flag not added stays as the account's document settings have it. */
export const printOptionsField: INodeProperties = {
	displayName: 'Print Options',
	name: 'printOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: PRINT_FLAGS.map(({ wire, label }) => ({
		displayName: label,
		name: wire,
		type: 'boolean',
		default: true,
		description: `Whether the printed document shows this (${wire})`,
	})),
};

/** `configPrint` from the flags given; none given sends none, so the account's settings apply. */
export function configPrint(options: IDataObject): IDataObject | undefined {
	const flags = PRINT_FLAGS.filter(({ wire }) => typeof options[wire] === 'boolean').map(({ wire }) => [wire, options[wire] ? 1 : 0]);
	return flags.length === 0 ? undefined : Object.fromEntries(flags);
}

/** `2026-01-31 12:00:00`, the form `pay` takes; a date alone is taken at noon, clear of any time zone's midnight. */
export function paymentDate(date: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?)?/.exec(date.trim());
	if (match === null) throw new Error(`Payment Date must be a date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (got "${date}")`);
	return `${match[1]} ${match[2] ?? '12:00'}:${match[3] ?? '00'}`;
}

export interface MessageInput {
	email: string;
	subject?: string;
	message?: string;
	language?: string;
	sendCopyToMe?: boolean;
}

/** The fields `sendmail`, `sendreminder` and `sendtoaccountant` share. */
export function messageBody(input: MessageInput): IDataObject {
	return {
		mail: input.email,
		...(input.subject !== undefined && { title: input.subject }),
		...(input.message !== undefined && { body: input.message }),
		...(input.language !== undefined && { lang: input.language }),
		...(input.sendCopyToMe !== undefined && { sendToMe: input.sendCopyToMe ? 1 : 0 }),
	};
}
