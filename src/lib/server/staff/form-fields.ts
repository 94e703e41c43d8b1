import type { FormError } from '$lib/staff/form-errors';

/**
 * Small helpers shared by the staff console's form validators. Errors carry translation
 * keys, not text: the page translates them, so a validator never needs a language.
 */

/** One problem with one field, for the error summary and the field itself. */
export type FieldError = FormError;

/** Builds a FieldError whose link goes to the field itself. */
export function fieldError(
	field: string,
	message: string,
	values?: Record<string, string | number>
): FieldError {
	return values ? { field, anchor: field, message, values } : { field, anchor: field, message };
}

/** A text field's value, trimmed; '' when it is missing or a file. */
export function formText(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value.trim() : '';
}

/** A password field's value exactly as typed (spaces count); '' when missing. */
export function formSecret(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}

export const MAX_EMAIL_LENGTH = 254;

/** A plain check for the shape of an email address; the real test is whether mail arrives. */
export function isEmailAddress(value: string): boolean {
	return value.length <= MAX_EMAIL_LENGTH && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/**
 * The request's form, or null when it cannot be read as one (a wrong content type, a body
 * cut short): the action then answers 400 rather than failing with a 500.
 */
export async function readFormData(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}
