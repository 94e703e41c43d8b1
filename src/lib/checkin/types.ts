// Plain types of the pain score check-in, safe for any page's bundle.

export const PAIN_SCORE_MIN = 0;
export const PAIN_SCORE_MAX = 10;

/** A pain score the person recorded: a row of the `checkins` table. */
export interface Checkin {
	/** Client UUID, also the FHIR identifier of the Observation sent for it. */
	id: string;
	/** 0 (no pain) to 10 (worst pain imaginable). */
	score: number;
	/** ISO 8601 instant. */
	recordedAt: string;
	note?: string;
	/** Who recorded it when the device was linked; absent when self-guided. */
	recordedAs?: 'patient' | 'carer';
}
