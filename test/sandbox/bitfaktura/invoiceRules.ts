/**
 * What an invoice may contain: accepted fields, their types and its enumerations
 * (docs/services/bitfaktura.md, Invoice and Enumerations).
 */
import type { Casts } from './attributes';

/** BitFaktura and Fakturownia READMEs. */
export const INVOICE_KINDS: readonly string[] = [
	'vat',
	'proforma',
	'bill',
	'receipt',
	'advance',
	'final',
	'correction',
	'vat_mp',
	'invoice_other',
	'vat_margin',
	'kp',
	'kw',
	'estimate',
	'vat_rr',
	'correction_note',
	'accounting_note',
	'client_order',
	'dw',
	'wnt',
	'wdt',
	'import_service',
	'import_service_eu',
	'import_products',
	'export_products',
];

/** BitFaktura and Fakturownia READMEs; the Saloon client's enumeration. */
export const INVOICE_STATUSES: readonly string[] = ['issued', 'sent', 'paid', 'partial', 'rejected'];

/** BitFaktura and Fakturownia READMEs. Unknown values print the original (INFERRED). */
export const PRINT_OPTIONS: readonly string[] = ['original', 'copy', 'original_and_copy', 'duplicate'];

/**
 * Request fields (the Fakturownia and BitFaktura READMEs, plus the Ukrainian fields of the Template README).
 * `positions` is handled apart.
 */
export const INVOICE_FIELDS: readonly string[] = [
	'number',
	'kind',
	'income',
	'status',
	'lang',
	'oid',
	'invoice_template_id',
	'category_id',
	'department_id',
	'warehouse_id',
	'client_id',
	'recipient_id',
	'invoice_id',
	'from_invoice_id',
	'invoice_ids',
	'issue_date',
	'sell_date',
	'transaction_date',
	'payment_to',
	'payment_to_kind',
	'paid_date',
	'delivery_date',
	'accounting_vat_tax_date',
	'accounting_income_tax_date',
	'accounting_kind',
	'currency',
	'paid',
	'payment_type',
	'show_discount',
	'discount_kind',
	'exchange_currency',
	'exchange_kind',
	'exchange_currency_rate',
	'exchange_note',
	'split_payment',
	'calculating_strategy',
	'seller_name',
	'seller_tax_no',
	'seller_tax_no_kind',
	'seller_register_number',
	'seller_bank_account',
	'seller_bank',
	'seller_post_code',
	'seller_city',
	'seller_street',
	'seller_country',
	'seller_email',
	'seller_www',
	'seller_fax',
	'seller_phone',
	'seller_person',
	'buyer_name',
	'buyer_tax_no',
	'buyer_tax_no_kind',
	'buyer_register_number',
	'disable_tax_no_validation',
	'buyer_post_code',
	'buyer_city',
	'buyer_street',
	'buyer_country',
	'buyer_note',
	'buyer_email',
	'buyer_phone',
	'buyer_mobile_phone',
	'buyer_first_name',
	'buyer_last_name',
	'buyer_person',
	'buyer_company',
	'recipient_name',
	'recipient_street',
	'recipient_post_code',
	'recipient_city',
	'recipient_country',
	'recipient_email',
	'recipient_phone',
	'recipient_note',
	'place',
	'description',
	'description_footer',
	'description_long',
	'internal_note',
	'additional_info',
	'additional_info_desc',
	'additional_invoice_field',
	'use_moss',
	'use_oss',
	'exclude_from_stock_level',
	'reverse_charge',
	'show_attachments',
	'correction_reason',
];

export const INVOICE_CASTS: Casts = {
	ids: [
		'invoice_template_id',
		'category_id',
		'department_id',
		'warehouse_id',
		'client_id',
		'recipient_id',
		'invoice_id',
		'from_invoice_id',
	],
	booleans: [
		'income',
		'show_discount',
		'split_payment',
		'disable_tax_no_validation',
		'buyer_company',
		'use_moss',
		'use_oss',
		'exclude_from_stock_level',
		'reverse_charge',
		'show_attachments',
	],
	money: ['paid'],
	dates: [
		'issue_date',
		'transaction_date',
		'payment_to',
		'paid_date',
		'delivery_date',
		'accounting_vat_tax_date',
		'accounting_income_tax_date',
	],
};

/** `client_id: -1` asks the engine to create a client from the buyer fields (Fakturownia README). */
export const NEW_CLIENT_ID = -1;

/** Payment term when neither `payment_to` nor `payment_to_kind` is sent; an account setting (INFERRED). */
export const DEFAULT_PAYMENT_DAYS = 7;

/**
 * Account defaults of a UA account: hryvnia, and `ua` as in the BitFaktura README's bilingual example `ua/en`
 * (INFERRED).
 */
export const DEFAULT_CURRENCY = 'UAH';
export const DEFAULT_LANG = 'ua';
