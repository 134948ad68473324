export * from './types';
export { InvalidValueError, LookupRequiredError, UnsupportedValueError } from './errors';
export type { CanonicalConcept } from './errors';
export {
	decimalToNumber,
	parseDecimal,
} from './money';
export type { DecimalRule, DecimalSign } from './money';
export { checkLength } from './text';
export {
	normalizeVatRate,
	vatRateFromBitFaktura,
	vatRateFromIfirma,
	vatRateFromInfakt,
	vatRateToAfaktury,
	vatRateToBitFaktura,
	vatRateToIfirma,
	vatRateToInfakt,
	vatTreatmentForInvBg,
} from './vat';
export type { IfirmaVatRate } from './vat';
export { parseDate } from './dates';
export { PAYMENT_METHOD_CODES, paymentMethodFromProvider, paymentMethodToProvider } from './paymentMethods';
export { DOCUMENT_KIND_CODES, documentKindFromProvider, documentKindToProvider } from './documentKinds';
export { FREE_TEXT, LOOKUP } from './enumTable';
export type { EnumCell, EnumTable, ReadOnlyCell } from './enumTable';
export { buildSimpleClient, buildSimpleInvoice, buildSimpleProduct } from './simplify';
export type { SimpleClientInput, SimpleInvoiceInput, SimpleLineItemInput, SimpleProductInput } from './simplify';
