import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTestPatient } from '../patients/testing';
import type { Db } from '../store/open-store';
import { issueCodeWithLetter } from './issue-letter';
import { openTestStore } from './test-store';

const NOW = new Date('2026-05-11T09:00:00Z');
let db: Db;
let dispose: () => void;

beforeEach(() => ({ db, dispose } = openTestStore()));
afterEach(() => dispose());

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
};
const options = (patientId: string) => ({
	patientId,
	staffId: 's1',
	now: NOW,
	origin: 'https://pain.example.nhs.uk',
	servicePhone: '01632 960 001'
});

describe('issueCodeWithLetter', () => {
	it('gives the letter for a carer’s code: names, code, expiry, QR image and help line', async () => {
		const patient = addTestPatient(db);
		const result = await issueCodeWithLetter(
			db,
			form({ 'code-role': 'carer', 'carer-name': 'Alex Jones', 'carer-relationship': 'daughter' }),
			options(patient.id)
		);
		expect(result).toMatchObject({
			status: 'issued',
			letter: {
				role: 'carer',
				patientName: 'Sam Jones',
				carerName: 'Alex Jones',
				carerRelationship: 'daughter',
				linkPageUrl: 'https://pain.example.nhs.uk/link',
				expiresAt: '2026-06-08T09:00:00.000Z',
				servicePhone: '01632 960 001'
			}
		});
		if (result.status !== 'issued') return;
		expect(result.letter.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		expect(result.letter.qrImage).toMatch(/^data:image\/svg\+xml;base64,/);
	});

	it('says what to fix when the form is incomplete', async () => {
		const patient = addTestPatient(db);
		const result = await issueCodeWithLetter(db, form({}), options(patient.id));
		expect(result).toMatchObject({ status: 'invalid', errors: [{ field: 'code-role' }] });
	});

	it('reports an unknown patient', async () => {
		expect(
			await issueCodeWithLetter(db, form({ 'code-role': 'patient' }), options('nope'))
		).toEqual({ status: 'no-patient' });
	});
});
