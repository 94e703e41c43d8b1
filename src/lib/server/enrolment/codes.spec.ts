import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/audit';
import { addTestPatient, openTempStore } from '../patients/testing';
import type { Patient } from '../patients/patients';
import type { Db } from '../store/open-store';
import {
	codeStatus,
	CROCKFORD_ALPHABET,
	formatCode,
	generateCode,
	hashSecret,
	IssueCodeError,
	issueCode,
	listCodes,
	parseCode,
	secretMatches
} from './codes';

/** Random bytes that come out as the given code characters. */
const bytesFor = (code: string) => () =>
	Buffer.from([...code].map((c) => CROCKFORD_ALPHABET.indexOf(c)));

describe('generateCode', () => {
	it('gives 12 Crockford characters, never I, L, O or U', () => {
		for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
	});

	it('maps each byte’s low five bits to a symbol', () => {
		expect(generateCode(() => Buffer.from([0, 31, 32, 255, 10, 17, 18, 20, 21, 27, 1, 2]))).toBe(
			'0Z0ZAHJMNV12'
		);
	});
});

describe('formatCode', () => {
	it('groups in fours', () => {
		expect(formatCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
	});
});

describe('parseCode', () => {
	it.each([
		['ABCD-EFGH-JKMN', 'ABCD', 'EFGHJKMN'],
		['abcd efgh jkmn', 'ABCD', 'EFGHJKMN'],
		['  ABCDEFGHJKMN ', 'ABCD', 'EFGHJKMN'],
		['abcd–efgh—jkmn', 'ABCD', 'EFGHJKMN'],
		['O0IL-oilo-1234', '0011', '01101234']
	])('reads %j', (text, lookupId, secret) => {
		expect(parseCode(text)).toEqual({ lookupId, secret });
	});

	it.each([
		'',
		'ABCD-EFGH-JKM',
		'ABCD-EFGH-JKMNP',
		'ABCD-EFGH-JKMU',
		'ABCD-EFGH-JK*N',
		'ÀBCD-EFGH-JKMN'
	])('refuses %j', (text) => {
		expect(parseCode(text)).toBeNull();
	});
});

describe('secretMatches', () => {
	const stored = hashSecret('EFGHJKMN');

	it('matches the right secret only', () => {
		expect(secretMatches('EFGHJKMN', stored)).toBe(true);
		expect(secretMatches('EFGHJKMM', stored)).toBe(false);
	});

	it('is false, without throwing, when there is no stored hash or it is malformed', () => {
		expect(secretMatches('EFGHJKMN', null)).toBe(false);
		expect(secretMatches('EFGHJKMN', 'abc')).toBe(false);
	});

	it('hashes with SHA-256', () => {
		expect(hashSecret('EFGHJKMN')).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('codeStatus', () => {
	const now = new Date('2025-03-01T09:00:00Z');
	const base = { usedAt: null, lockedAt: null, expiresAt: '2025-03-01T09:00:00.001Z' };
	it.each([
		[base, 'active'],
		[{ ...base, expiresAt: '2025-03-01T09:00:00.000Z' }, 'expired'],
		[{ ...base, usedAt: 'x', expiresAt: '2000-01-01T00:00:00.000Z' }, 'used'],
		[{ ...base, lockedAt: 'x' }, 'locked']
	] as const)('%j is %s', (code, status) => {
		expect(codeStatus(code, now)).toBe(status);
	});
});

describe('issueCode', () => {
	const now = new Date('2025-03-01T09:00:00Z');
	let db: Db;
	let dir: string;
	let cleanup: () => void;
	let patient: Patient;

	beforeEach(() => {
		({ db, dir, cleanup } = openTempStore());
		patient = addTestPatient(db);
	});
	afterEach(() => cleanup());

	it('returns the code once and stores only its lookup id and the secret’s hash', () => {
		const issued = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 'staff-1',
			now,
			random: bytesFor('ABCDEFGHJKMN')
		});
		expect(issued).toEqual({
			id: expect.any(String),
			code: 'ABCD-EFGH-JKMN',
			lookupId: 'ABCD',
			expiresAt: '2025-03-29T09:00:00.000Z'
		});
		expect(db.prepare('SELECT lookup_id, secret_hash FROM enrolment_code').get()).toEqual({
			lookup_id: 'ABCD',
			secret_hash: hashSecret('EFGHJKMN')
		});
		db.pragma('wal_checkpoint(TRUNCATE)');
		for (const file of readdirSync(dir)) {
			expect(readFileSync(join(dir, file)).includes('EFGHJKMN')).toBe(false);
		}
		expect(listAuditEvents(db)[0]).toMatchObject({
			action: 'enrolment-code.issue',
			actorId: 'staff-1',
			resourceId: patient.id
		});
	});

	it('takes another lifetime', () => {
		const issued = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now,
			lifetimeDays: 7
		});
		expect(issued.expiresAt).toBe('2025-03-08T09:00:00.000Z');
	});

	it('draws again when the lookup id is taken', () => {
		const codes = ['ABCDEFGHJKMN', 'ABCDZZZZZZZZ', 'WXYZEFGHJKMN'];
		const random = () => bytesFor(codes.shift() ?? '')();
		const first = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now,
			random
		});
		const second = issueCode(db, {
			patientId: patient.id,
			role: 'patient',
			staffId: 's',
			now,
			random
		});
		expect([first.lookupId, second.lookupId]).toEqual(['ABCD', 'WXYZ']);
	});

	it('keeps the carer’s name and relationship', () => {
		issueCode(db, {
			patientId: patient.id,
			role: 'carer',
			carerName: ' Alex Jones ',
			carerRelationship: 'daughter',
			staffId: 's',
			now
		});
		expect(listCodes(db, patient.id, now)).toMatchObject([
			{ role: 'carer', carer: { name: 'Alex Jones', relationship: 'daughter' }, status: 'active' }
		]);
	});

	it.each([
		[{ role: 'carer' }, ['carerName', 'carerRelationship']],
		[
			{ role: 'carer', carerName: 'Alex', carerRelationship: 'x'.repeat(101) },
			['carerRelationship']
		],
		[{ role: 'doctor' }, ['role']],
		[{ role: 'patient', lifetimeDays: 0 }, ['lifetimeDays']],
		[{ role: 'patient', lifetimeDays: 1.5 }, ['lifetimeDays']],
		[{ role: 'patient', patientId: 'nobody' }, ['patientId']]
	])('refuses %j', (input, paths) => {
		let error: unknown;
		try {
			issueCode(db, { patientId: patient.id, staffId: 's', now, ...input } as never);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(IssueCodeError);
		expect((error as IssueCodeError).issues.map((issue) => issue.path)).toEqual(paths);
		expect(db.prepare('SELECT count(*) AS n FROM enrolment_code').get()).toEqual({ n: 0 });
	});
});
