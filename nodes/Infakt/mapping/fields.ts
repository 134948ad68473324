/**
 * The node's label for each field inFakt names in a refusal, so an error reads as the form the user
 * filled in. Fields not listed are shown in words made from their wire name.
 */
const FIELD_LABELS: Record<string, string> = {
	bank_account: 'Bank Account',
	business_activity_kind: 'Business Activity Kind',
	check_duplicate_number: 'Number',
	city: 'City',
	client_business_activity_kind: 'Buyer Details: Is Private Person',
	client_city: 'Buyer Details: City',
	client_company_name: 'Buyer Name',
	client_country: 'Buyer Details: Country',
	client_email: 'Buyer Details: Email',
	client_first_name: 'Buyer Details: First Name',
	client_id: 'Client',
	client_last_name: 'Buyer Details: Last Name',
	client_post_code: 'Buyer Details: Post Code',
	client_street: 'Buyer Details: Street',
	client_tax_code: 'Buyer Details: Tax ID',
	company_name: 'Name',
	country: 'Country',
	currency: 'Currency',
	days_to_payment: 'Days to Payment',
	discount: 'Discount (%)',
	email: 'Email',
	first_name: 'First Name',
	gross_price: 'Unit Gross Price',
	invoice_date: 'Issue Date',
	last_name: 'Last Name',
	name: 'Name',
	nip: 'Tax ID',
	number: 'Number',
	paid_date: 'Paid Date',
	payment_date: 'Due Date',
	payment_method: 'Payment Method',
	phone_number: 'Phone',
	pkwiu: 'Classification Code',
	postal_code: 'Post Code',
	quantity: 'Quantity',
	sale_date: 'Sale Date',
	services: 'Line Items',
	street: 'Street',
	tax_symbol: 'VAT Rate',
	unit: 'Unit',
	unit_net_price: 'Unit Net Price',
	vat_exemption_reason: 'VAT Exemption Reason',
};

function words(wire: string): string {
	const text = wire.replace(/[_.]+/g, ' ').trim();
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `services.1.tax_symbol` → `Line 2, VAT Rate`; `payment_method` → `Payment Method`. */
export function fieldLabel(wire: string): string {
	const line = /^services\.(\d+)\.(.+)$/.exec(wire);
	if (line !== null) return `Line ${Number(line[1]) + 1}, ${fieldLabel(line[2])}`;
	return FIELD_LABELS[wire] ?? words(wire);
}

function messagesOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	return [String(value)];
}

/**
 * inFakt's refusal in plain words: `{"payment_method":["…"]}` → `Payment Method: …`; a plain string (a
 * task's `invoice_errors` for a payment) as it is.
 */
export function describeErrors(errors: unknown): string | undefined {
	if (typeof errors === 'string') return errors.trim() === '' ? undefined : errors.trim();
	if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return undefined;
	const parts = Object.entries(errors).map(([field, messages]) => `${fieldLabel(field)}: ${messagesOf(messages).join(', ')}`);
	return parts.length === 0 ? undefined : parts.join('; ');
}
