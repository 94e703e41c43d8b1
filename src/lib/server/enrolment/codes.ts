import {
	createHash,
	randomBytes as nodeRandomBytes,
	randomUUID,
	timingSafeEqual
} from 'node:crypto';
import { z } from 'zod';
import { actorFromBy, recordAudit } from '../audit/audit';
import type { EnrolmentRole, RandomBytes } from '../devices/devices';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

/**
 * Enrolment codes: 12 Crockford base32 characters, shown `ABCD-EFGH-JKLM`. The first four
 * are a lookup id (names the code, not secret, unique); the other eight are the secret
 * (40 bits), stored only as a SHA-256 hash and compared in constant time. Codes are single
 * use and expire (28 days by default). See docs/api.md.
 * See: https://www.crockford.com/base32.html
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const LOOKUP_ID_LENGTH = 4;
export const SECRET_LENGTH = 8;
export const DEFAULT_LIFETIME_DAYS = 28;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Random code characters; each byte's low 5 bits pick one of 32 symbols, evenly. */
export function generateCode(random: RandomBytes = nodeRandomBytes): string {
	const bytes = random(LOOKUP_ID_LENGTH + SECRET_LENGTH);
	return [...bytes].map((byte) => CROCKFORD_ALPHABET[byte & 31]).join('');
}

/** A 12-character code in groups of four for people: `ABCD-EFGH-JKLM`. */
export function formatCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * The lookup id and secret of a code as a person typed it: case, spaces and hyphens are
 * ignored, and O reads as 0, I and L as 1, as Crockford base32 does.
 * @returns null when it is not 12 Crockford characters
 */
export function parseCode(text: string): { lookupId: string; secret: string } | null {
	const symbols = text
		.replace(/[\s\-‐‑‒–—]/g, '')
		.toUpperCase()
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (symbols.length !== LOOKUP_ID_LENGTH + SECRET_LENGTH) return null;
	if (![...symbols].every((c) => CROCKFORD_ALPHABET.includes(c))) return null;
	return { lookupId: symbols.slice(0, LOOKUP_ID_LENGTH), secret: symbols.slice(LOOKUP_ID_LENGTH) };
}

/** SHA-256 of a code's secret part, hex. */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

// Compared against when the lookup id is unknown, so that path does the same work.
const DUMMY_HASH = hashSecret('not a secret');

/** Whether the secret hashes to the stored hash, compared in constant time. */
export function secretMatches(secret: string, storedHash: string | null): boolean {
	const candidate = Buffer.from(hashSecret(secret), 'hex');
	const stored = Buffer.from(storedHash ?? DUMMY_HASH, 'hex');
	const same = stored.length === candidate.length && timingSafeEqual(stored, candidate);
	return storedHash !== null && same;
}

export interface IssueCodeInput {
	patientId: string;
	role: EnrolmentRole;
	carerName?: string | null;
	carerRelationship?: string | null;
	/** Staff account id, or `admin-cli`. */
	staffId: string;
	now: Date;
	lifetimeDays?: number;
	random?: RandomBytes;
}

export type IssueCodeField =
	'patientId' | 'role' | 'carerName' | 'carerRelationship' | 'lifetimeDays';

/** issueCode refused its input: an unknown patient, or carer details missing or too long. */
export class IssueCodeError extends Error {
	override readonly name = 'IssueCodeError';
	constructor(
		readonly issues: { path: IssueCodeField; code: 'required' | 'invalid' | 'too-long' }[]
	) {
		super(`Enrolment code refused: ${issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
	}
}

const carerText = z.string({ error: 'required' }).trim().min(1, 'required').max(100, 'too-long');
const IssueSchema = z.discriminatedUnion(
	'role',
	[
		z.object({ role: z.literal('patient') }),
		z.object({ role: z.literal('carer'), carerName: carerText, carerRelationship: carerText })
	],
	{ error: 'invalid' }
);

export interface IssuedCode {
	id: string;
	/** The whole code, formatted; shown once (on the letter) and never stored. */
	code: string;
	lookupId: string;
	expiresAt: string;
}

/**
 * Issues a single-use enrolment code for a patient (or their carer) and audits it.
 * @throws IssueCodeError for an unknown patient or missing carer details
 */
export function issueCode(db: Db, input: IssueCodeInput): IssuedCode {
	const lifetimeDays = input.lifetimeDays ?? DEFAULT_LIFETIME_DAYS;
	const parsed = IssueSchema.safeParse(input);
	if (!parsed.success) {
		throw new IssueCodeError(
			parsed.error.issues.map((issue) => ({
				path: (issue.path[0] ?? 'role') as IssueCodeField,
				code:
					issue.message === 'too-long' || issue.message === 'required' ? issue.message : 'invalid'
			}))
		);
	}
	if (!Number.isInteger(lifetimeDays) || lifetimeDays < 1 || lifetimeDays > 365) {
		throw new IssueCodeError([{ path: 'lifetimeDays', code: 'invalid' }]);
	}
	const carer = parsed.data.role === 'carer' ? parsed.data : null;
	return db
		.transaction(() => {
			if (!statement(db, 'SELECT 1 FROM patient WHERE id = ?').get(input.patientId)) {
				throw new IssueCodeError([{ path: 'patientId', code: 'invalid' }]);
			}
			const code = newUniqueCode(db, input.random);
			const issued: IssuedCode = {
				id: randomUUID(),
				code: formatCode(code),
				lookupId: code.slice(0, LOOKUP_ID_LENGTH),
				expiresAt: new Date(input.now.getTime() + lifetimeDays * DAY_MS).toISOString()
			};
			statement(
				db,
				`INSERT INTO enrolment_code (id, patient_id, lookup_id, secret_hash, role, carer_name,
					carer_relationship, created_at, created_by, expires_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			).run(
				issued.id,
				input.patientId,
				issued.lookupId,
				hashSecret(code.slice(LOOKUP_ID_LENGTH)),
				parsed.data.role,
				carer?.carerName ?? null,
				carer?.carerRelationship ?? null,
				input.now.toISOString(),
				input.staffId,
				issued.expiresAt
			);
			recordAudit(db, {
				at: input.now,
				actor: actorFromBy(input.staffId),
				action: 'enrolment-code.issue',
				resourceType: 'Patient',
				resourceId: input.patientId,
				detail: { codeId: issued.id, lookupId: issued.lookupId, role: parsed.data.role }
			});
			return issued;
		})
		.immediate();
}

function newUniqueCode(db: Db, random: RandomBytes | undefined): string {
	const taken = statement(db, 'SELECT 1 FROM enrolment_code WHERE lookup_id = ?');
	// 32^4 lookup ids; a clash is rare, ten in a row means the random source is broken.
	for (let attempt = 0; attempt < 10; attempt++) {
		const code = generateCode(random);
		if (!taken.get(code.slice(0, LOOKUP_ID_LENGTH))) return code;
	}
	throw new Error('Could not find a free enrolment code lookup id.');
}

export type CodeStatus = 'active' | 'used' | 'expired' | 'locked';

export interface EnrolmentCodeSummary {
	id: string;
	lookupId: string;
	role: EnrolmentRole;
	carer: { name: string; relationship: string } | null;
	createdAt: string;
	createdBy: string;
	expiresAt: string;
	usedAt: string | null;
	lockedAt: string | null;
	failedAttempts: number;
	status: CodeStatus;
}

interface CodeRow {
	id: string;
	lookup_id: string;
	role: EnrolmentRole;
	carer_name: string | null;
	carer_relationship: string | null;
	created_at: string;
	created_by: string;
	expires_at: string;
	used_at: string | null;
	locked_at: string | null;
	failed_attempts: number;
}

/** The state of a code at a moment: used and locked win over expired. */
export function codeStatus(
	code: { usedAt: string | null; lockedAt: string | null; expiresAt: string },
	now: Date
): CodeStatus {
	if (code.usedAt !== null) return 'used';
	if (code.lockedAt !== null) return 'locked';
	return code.expiresAt <= now.toISOString() ? 'expired' : 'active';
}

/** A patient's enrolment codes (never the secrets), newest first, with their status now. */
export function listCodes(db: Db, patientId: string, now: Date): EnrolmentCodeSummary[] {
	return statement<[string], CodeRow>(
		db,
		'SELECT * FROM enrolment_code WHERE patient_id = ? ORDER BY created_at DESC, id'
	)
		.all(patientId)
		.map((row) => {
			const summary = {
				id: row.id,
				lookupId: row.lookup_id,
				role: row.role,
				carer:
					row.role === 'carer'
						? { name: row.carer_name ?? '', relationship: row.carer_relationship ?? '' }
						: null,
				createdAt: row.created_at,
				createdBy: row.created_by,
				expiresAt: row.expires_at,
				usedAt: row.used_at,
				lockedAt: row.locked_at,
				failedAttempts: row.failed_attempts
			};
			return { ...summary, status: codeStatus(summary, now) };
		});
}
