import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, readSetupForm, readSignInForm } from './account-forms';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
};
const fieldsWithErrors = (errors: { field: string }[]) => errors.map((error) => error.field);

describe('readSignInForm', () => {
	it('needs an email and a password', () => {
		expect(fieldsWithErrors(readSignInForm(form({})).errors)).toEqual(['email', 'password']);
		expect(readSignInForm(form({ email: ' a@b.uk ', password: ' pw ' }))).toEqual({
			email: 'a@b.uk',
			password: ' pw ',
			errors: []
		});
	});
});

describe('readSetupForm', () => {
	const valid = {
		token: 'tok',
		name: 'Alex Lead',
		email: 'lead@example.nhs.uk',
		password: 'x'.repeat(MIN_PASSWORD_LENGTH)
	};

	it('accepts a name, an email and a 12-character password', () => {
		expect(readSetupForm(form(valid)).errors).toEqual([]);
	});

	it.each([
		['name', { name: '  ' }, 'staff:fields.name.missing'],
		['name', { name: 'n'.repeat(101) }, 'staff:fields.name.too_long'],
		['email', { email: '' }, 'staff:fields.email.missing'],
		['email', { email: 'lead.example.nhs.uk' }, 'staff:fields.email.invalid'],
		['email', { email: 'lead@nhs' }, 'staff:fields.email.invalid'],
		[
			'password',
			{ password: 'x'.repeat(MIN_PASSWORD_LENGTH - 1) },
			'staff:fields.new_password.too_short'
		],
		['password', { password: 'x'.repeat(257) }, 'staff:fields.new_password.too_long']
	])('flags %s: %j', (field, change, message) => {
		expect(readSetupForm(form({ ...valid, ...change })).errors).toEqual([
			expect.objectContaining({ field, anchor: field, message })
		]);
	});

	it('counts characters, not bytes: 12 emoji are 12 characters', () => {
		expect(readSetupForm(form({ ...valid, password: '🙂'.repeat(12) })).errors).toEqual([]);
	});

	it('lists errors in the order of the form', () => {
		expect(fieldsWithErrors(readSetupForm(form({})).errors)).toEqual(['name', 'email', 'password']);
	});
});
