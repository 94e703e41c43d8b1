/**
 * Licences the service holds for licensed instruments (`questionnaire_licence`). A licence
 * is recorded by a member of staff with its holder and reference, and withdrawn the same
 * way; withdrawn ones are kept. At most one licence per instrument is current.
 */
import type { InstrumentId } from '$lib/proms/scoring/types';
import type { Db } from '../store/open-store';
import { statement } from '../store/statements';

export interface Licence {
	id: number;
	instrument: InstrumentId;
	/** Who holds the licence (the trust or service named on it). */
	holder: string;
	/** The licence's number or reference. */
	reference: string;
	recordedBy: { id: string; name: string };
	recordedAt: string;
}

interface LicenceRow {
	id: number;
	instrument: InstrumentId;
	holder: string;
	reference: string;
	recorded_by: string;
	recorded_at: string;
	recorded_by_name: string | null;
}

const SELECT = `SELECT l.*, s.display_name AS recorded_by_name FROM questionnaire_licence l
	LEFT JOIN staff_account s ON s.id = l.recorded_by`;

const fromRow = (row: LicenceRow): Licence => ({
	id: row.id,
	instrument: row.instrument,
	holder: row.holder,
	reference: row.reference,
	recordedBy: { id: row.recorded_by, name: row.recorded_by_name ?? row.recorded_by },
	recordedAt: row.recorded_at
});

/** The instrument's current licence, or null when the service holds none. */
export function currentLicence(db: Db, instrument: string): Licence | null {
	const row = statement<[string], LicenceRow>(
		db,
		`${SELECT} WHERE l.instrument = ? AND l.withdrawn_at IS NULL`
	).get(instrument);
	return row ? fromRow(row) : null;
}

/**
 * Records a licence. Call inside a transaction after checking there is no current one.
 * @throws when the instrument already has a current licence (the unique index)
 */
export function insertLicence(
	db: Db,
	input: { instrument: InstrumentId; holder: string; reference: string; staffId: string; now: Date }
): Licence {
	const { lastInsertRowid } = statement(
		db,
		`INSERT INTO questionnaire_licence (instrument, holder, reference, recorded_by, recorded_at)
		 VALUES (?, ?, ?, ?, ?)`
	).run(input.instrument, input.holder, input.reference, input.staffId, input.now.toISOString());
	const row = statement<[number], LicenceRow>(db, `${SELECT} WHERE l.id = ?`).get(
		Number(lastInsertRowid)
	);
	if (!row) throw new Error('The licence just recorded went missing');
	return fromRow(row);
}

/** Marks the current licence of `instrument` withdrawn; false when there was none. */
export function endLicence(
	db: Db,
	instrument: string,
	{ staffId, now }: { staffId: string; now: Date }
): boolean {
	const { changes } = statement(
		db,
		`UPDATE questionnaire_licence SET withdrawn_by = ?, withdrawn_at = ?
		 WHERE instrument = ? AND withdrawn_at IS NULL`
	).run(staffId, now.toISOString(), instrument);
	return changes > 0;
}
