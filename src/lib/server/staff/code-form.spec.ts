import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCodes } from '../enrolment/codes';
import { addTestPatient } from '../patients/testing';
import type { Db } from '../store/open-store';
import { issueCodeFromForm } from './code-form';
import { openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
let db: Db;
let dispose: () => void;
let patientId: string;

beforeEach(() => {
	({ db, dispose } = openTestStore());
	patientId = addTestPatient(db).id;
});
afterEach(() => dispose());

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
};
const issue = (fields: Record<string, string>) =>
	issueCodeFromForm(db, form(fields), { patientId, staffId: 's1', now: NOW });

describe('issueCodeFromForm', () => {
	it('issues a patient’s code and ignores carer details typed by mistake', () => {
		const result = issue({ 'code-role': 'patient', 'carer-name': 'Alex' });
		expect(result).toMatchObject({ ok: true, role: 'patient', carerName: '' });
		if (!result.ok) return;
		expect(result.issued.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		expect(listCodes(db, patientId, NOW)).toEqual([expect.objectContaining({ carer: null })]);
	});

	it('issues a carer’s code with their name and relationship', () => {
		const result = issue({
			'code-role': 'carer',
			'carer-name': ' Alex Jones ',
			'carer-relationship': 'daughter'
		});
		expect(result).toMatchObject({ ok: true, role: 'carer', carerName: 'Alex Jones' });
		expect(listCodes(db, patientId, NOW)[0]?.carer).toEqual({
			name: 'Alex Jones',
			relationship: 'daughter'
		});
	});

	it.each([
		[{}, ['code-role']],
		[{ 'code-role': 'doctor' }, ['code-role']],
		[{ 'code-role': 'carer' }, ['carer-name', 'carer-relationship']],
		[
			{ 'code-role': 'carer', 'carer-name': 'x'.repeat(101), 'carer-relationship': 'son' },
			['carer-name']
		]
	])('refuses %j', (fields, fieldsWithErrors) => {
		const result = issue(fields);
		expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(fieldsWithErrors);
		expect(listCodes(db, patientId, NOW)).toEqual([]);
	});

	it('keeps the values as typed when refusing', () => {
		expect(issue({ 'code-role': 'carer', 'carer-name': 'Alex' })).toMatchObject({
			ok: false,
			values: { role: 'carer', carerName: 'Alex', carerRelationship: '' }
		});
	});
});
