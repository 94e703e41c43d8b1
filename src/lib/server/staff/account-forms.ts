import { fieldError, formSecret, formText, isEmailAddress, type FieldError } from './form-fields';

/** Staff passwords: long rather than complex (NCSC password guidance). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_NAME_LENGTH = 100;

export interface SignInForm {
	email: string;
	password: string;
	errors: FieldError[];
}

/** Reads the sign-in form; only checks that both fields are filled in. */
export function readSignInForm(data: FormData): SignInForm {
	const email = formText(data, 'email');
	const password = formSecret(data, 'password');
	const errors: FieldError[] = [];
	if (!email) errors.push(fieldError('email', 'staff:fields.email.missing'));
	if (!password) errors.push(fieldError('password', 'staff:fields.password.missing'));
	return { email, password, errors };
}

export interface SetupForm {
	token: string;
	email: string;
	name: string;
	password: string;
	errors: FieldError[];
}

/** Reads and checks the first staff account's form. */
export function readSetupForm(data: FormData): SetupForm {
	const token = formText(data, 'token');
	const email = formText(data, 'email');
	const name = formText(data, 'name');
	const password = formSecret(data, 'password');
	const errors: FieldError[] = [];
	if (!name) errors.push(fieldError('name', 'staff:fields.name.missing'));
	else if (name.length > MAX_NAME_LENGTH)
		errors.push(fieldError('name', 'staff:fields.name.too_long', { max: MAX_NAME_LENGTH }));
	if (!email) errors.push(fieldError('email', 'staff:fields.email.missing'));
	else if (!isEmailAddress(email)) errors.push(fieldError('email', 'staff:fields.email.invalid'));
	if ([...password].length < MIN_PASSWORD_LENGTH)
		errors.push(
			fieldError('password', 'staff:fields.new_password.too_short', { min: MIN_PASSWORD_LENGTH })
		);
	else if ([...password].length > MAX_PASSWORD_LENGTH)
		errors.push(
			fieldError('password', 'staff:fields.new_password.too_long', { max: MAX_PASSWORD_LENGTH })
		);
	return { token, email, name, password, errors };
}
