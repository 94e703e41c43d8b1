/**
 * Recording and withdrawing the service's licence for a licensed instrument, audited.
 * Withdrawing it retires the instrument's uploaded definitions (devices then stop offering
 * it) and withdraws its open assignments, so no patient is asked for a questionnaire the
 * service may no longer use (H-016, H-021).
 */
import type { InstrumentId } from '$lib/proms/scoring/types';
import { licenceFieldIds } from '$lib/staff/questionnaire-fields';
import { recordAudit } from '../audit/audit';
import { fieldError, formText, type FieldError } from '../staff/form-fields';
import type { Db } from '../store/open-store';
import { withdrawAssignmentsOf } from './assignments';
import { activeDefinition, BUNDLED, LICENSED, licensedInstrument, titleOf } from './catalogue';
import { currentLicence, endLicence, insertLicence, type Licence } from './licences';
import { retireDefinitions } from './upload';

export const MAX_HOLDER_LENGTH = 200;
export const MAX_REFERENCE_LENGTH = 100;

export interface LicenceFormValues {
	holder: string;
	reference: string;
}

export type RecordLicenceResult =
	| { ok: true; licence: Licence }
	| {
			ok: false;
			status: 400 | 404 | 409;
			instrument: string;
			values: LicenceFormValues;
			errors: FieldError[];
	  };

/** Records the licence the form describes, audited; or says what to fix. */
export function recordLicenceFromForm(
	db: Db,
	data: FormData,
	options: { staffId: string; now: Date }
): RecordLicenceResult {
	const values = { holder: formText(data, 'holder'), reference: formText(data, 'reference') };
	const instrument = licensedInstrument(formText(data, 'instrument'));
	if (!instrument) return { ok: false, status: 404, instrument: '', values, errors: [] };
	const ids = licenceFieldIds(instrument.id);
	const errors: FieldError[] = [];
	if (!values.holder) errors.push(fieldError(ids.holder, 'staff:licences.holder.missing'));
	else if (values.holder.length > MAX_HOLDER_LENGTH) {
		errors.push(
			fieldError(ids.holder, 'staff:licences.holder.too_long', { max: MAX_HOLDER_LENGTH })
		);
	}
	if (!values.reference) errors.push(fieldError(ids.reference, 'staff:licences.reference.missing'));
	else if (values.reference.length > MAX_REFERENCE_LENGTH) {
		const max = MAX_REFERENCE_LENGTH;
		errors.push(fieldError(ids.reference, 'staff:licences.reference.too_long', { max }));
	}
	const refuse = (status: 400 | 409) =>
		({ ok: false, status, instrument: instrument.id, values, errors }) as const;
	if (errors.length > 0) return refuse(400);
	return db
		.transaction((): RecordLicenceResult => {
			if (currentLicence(db, instrument.id)) {
				errors.push(fieldError(ids.holder, 'staff:licences.already_recorded'));
				return refuse(409);
			}
			const licence = insertLicence(db, { instrument: instrument.id, ...values, ...options });
			recordAudit(db, {
				at: options.now,
				actor: { type: 'staff', id: options.staffId },
				action: 'questionnaire.licence.record',
				resourceType: 'QuestionnaireLicence',
				resourceId: String(licence.id),
				detail: { instrument: instrument.id }
			});
			return { ok: true, licence };
		})
		.immediate();
}

export type WithdrawLicenceResult =
	{ status: 'withdrawn'; retired: string[]; withdrawnAssignments: number } | { status: 'none' };

/** Withdraws the instrument's licence, retiring its definitions and open assignments. */
export function withdrawLicence(
	db: Db,
	instrumentId: string,
	options: { staffId: string; now: Date }
): WithdrawLicenceResult {
	const instrument = licensedInstrument(instrumentId);
	if (!instrument) return { status: 'none' };
	return db
		.transaction((): WithdrawLicenceResult => {
			const licence = currentLicence(db, instrument.id);
			if (!licence || !endLicence(db, instrument.id, options)) return { status: 'none' };
			const retired = retireDefinitions(db, instrument.url, options.now);
			const withdrawnAssignments = withdrawAssignmentsOf(db, instrument.url, {
				...options,
				reason: 'licence-withdrawn'
			});
			recordAudit(db, {
				at: options.now,
				actor: { type: 'staff', id: options.staffId },
				action: 'questionnaire.licence.withdraw',
				resourceType: 'QuestionnaireLicence',
				resourceId: String(licence.id),
				detail: { instrument: instrument.id, retired, withdrawnAssignments }
			});
			return { status: 'withdrawn', retired, withdrawnAssignments };
		})
		.immediate();
}

/** What the questionnaires and licences page shows. */
export interface LicensingOverview {
	bundled: { instrument: InstrumentId; title: string; version: string }[];
	licensed: {
		instrument: InstrumentId;
		url: string;
		licence: Licence | null;
		/** The uploaded definition in use, or null. */
		definition: { version: string; uploadedAt: string } | null;
	}[];
}

/** The bundled questionnaires, and each licensed one's licence and definition in use. */
export function licensingOverview(db: Db): LicensingOverview {
	return {
		bundled: BUNDLED.map(({ instrument, definition }) => ({
			instrument,
			title: titleOf(definition),
			version: definition.version
		})),
		licensed: LICENSED.map((instrument) => {
			const active = activeDefinition(db, instrument.url);
			return {
				instrument: instrument.id,
				url: instrument.url,
				licence: currentLicence(db, instrument.id),
				definition: active
					? { version: active.definition.version, uploadedAt: active.stored.lastUpdated }
					: null
			};
		})
	};
}
