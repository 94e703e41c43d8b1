/**
 * NHS number: 10 digits, the last a modulus 11 check digit. Digits 1–9 are multiplied by
 * weights 10 down to 2 and summed; check = 11 − (sum mod 11), where 11 becomes 0 and 10
 * means the number is not valid (no NHS number is issued with it).
 * See: https://www.datadictionary.nhs.uk/attributes/nhs_number.html
 */

/** FHIR identifier system for the NHS number. */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';

/** The ten digits of an NHS number typed with spaces or hyphens, or null if it is not ten digits. */
export function normaliseNhsNumber(text: string): string | null {
	const digits = text.replace(/[\s-]/g, '');
	return /^\d{10}$/.test(digits) ? digits : null;
}

/** The check digit for the first nine digits, or null when the result would be 10. */
export function nhsCheckDigit(firstNine: string): number | null {
	let sum = 0;
	for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
	const check = 11 - (sum % 11);
	if (check === 11) return 0;
	return check === 10 ? null : check;
}

/** Whether the text (spaces and hyphens allowed) is a valid NHS number. */
export function isValidNhsNumber(text: string): boolean {
	const digits = normaliseNhsNumber(text);
	if (digits === null) return false;
	const check = nhsCheckDigit(digits.slice(0, 9));
	return check !== null && check === Number(digits[9]);
}

/** The NHS number as people read it: `943 476 5919`. */
export function formatNhsNumber(digits: string): string {
	return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
