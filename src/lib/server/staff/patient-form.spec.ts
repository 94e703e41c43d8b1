import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPatient } from '../patients/patients';
import type { Db } from '../store/open-store';
import {
	addPatientFromForm,
	birthDateFromParts,
	patientFormErrors,
	readPatientForm
} from './patient-form';
import { openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
const VALID = {
	'given-name': ' Sam ',
	'family-name': 'Jones',
	'birth-date[day]': '4',
	'birth-date[month]': '5',
	'birth-date[year]': '1970',
	'nhs-number': '943 476 5919',
	phone: '',
	email: ''
};
const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
};

describe('birthDateFromParts', () => {
	it.each([
		[{ day: '4', month: '5', year: '1970' }, '1970-05-04'],
		[{ day: '04', month: '12', year: '1970' }, '1970-12-04'],
		[{ day: '', month: '', year: '' }, ''],
		[{ day: '4', month: '', year: '1970' }, '1970--04'],
		[{ day: 'x', month: '5', year: '70' }, '70-05-x']
	])('%j → %s', (parts, expected) => expect(birthDateFromParts(parts)).toBe(expected));
});

describe('readPatientForm', () => {
	it('trims text and reads the three date boxes', () => {
		expect(readPatientForm(form(VALID))).toMatchObject({
			givenName: 'Sam',
			birthDate: { day: '4', month: '5', year: '1970' },
			nhsNumber: '943 476 5919'
		});
	});
});

describe('patientFormErrors', () => {
	it('orders errors as the form does and links the date to its day box', () => {
		expect(
			patientFormErrors([
				{ path: 'nhsNumber', code: 'invalid' },
				{ path: 'birthDate', code: 'future' },
				{ path: 'givenName', code: 'required' }
			])
		).toEqual([
			{
				field: 'given-name',
				anchor: 'given-name',
				message: 'staff:patient_form.given_name.required'
			},
			{
				field: 'birth-date',
				anchor: 'birth-date-day',
				message: 'staff:patient_form.birth_date.future'
			},
			{
				field: 'nhs-number',
				anchor: 'nhs-number',
				message: 'staff:patient_form.nhs_number.invalid'
			}
		]);
	});

	it('falls back to the field’s general message for an unexpected code', () => {
		expect(patientFormErrors([{ path: 'phone', code: 'required' }])[0]?.message).toBe(
			'staff:patient_form.phone.invalid'
		);
	});
});

describe('addPatientFromForm', () => {
	let db: Db;
	let dispose: () => void;
	beforeEach(() => ({ db, dispose } = openTestStore()));
	afterEach(() => dispose());
	const add = (fields: Record<string, string>) =>
		addPatientFromForm(db, form(fields), { now: NOW, staffId: 's1' });

	it('adds a valid patient', () => {
		const result = add(VALID);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(getPatient(db, result.patientId)).toMatchObject({
			givenName: 'Sam',
			nhsNumber: '9434765919',
			birthDate: '1970-05-04'
		});
	});

	it('refuses a wrong NHS number check digit and keeps what was typed', () => {
		const result = add({ ...VALID, 'nhs-number': '943 476 5918' });
		expect(result).toEqual({
			ok: false,
			values: expect.objectContaining({ givenName: 'Sam', nhsNumber: '943 476 5918' }),
			errors: [
				expect.objectContaining({
					field: 'nhs-number',
					message: 'staff:patient_form.nhs_number.invalid'
				})
			]
		});
	});

	it.each([
		[
			{ 'birth-date[day]': '31', 'birth-date[month]': '2' },
			'staff:patient_form.birth_date.invalid'
		],
		[
			{ 'birth-date[day]': '', 'birth-date[month]': '', 'birth-date[year]': '' },
			'staff:patient_form.birth_date.required'
		],
		[{ 'birth-date[year]': '2027' }, 'staff:patient_form.birth_date.future'],
		[{ 'birth-date[year]': '70' }, 'staff:patient_form.birth_date.invalid']
	])('refuses the date of birth %j', (change, message) => {
		const result = add({ ...VALID, ...change });
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({ field: 'birth-date', message })
		]);
	});

	it('refuses a second patient with the same NHS number', () => {
		add(VALID);
		const result = add({ ...VALID, 'given-name': 'Other' });
		expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
			'staff:patient_form.nhs_number.duplicate'
		]);
	});

	it('lists every missing required field', () => {
		const result = add({});
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
			'given-name',
			'family-name',
			'birth-date',
			'nhs-number'
		]);
	});
});
