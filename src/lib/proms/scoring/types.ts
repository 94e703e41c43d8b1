/**
 * The shapes every instrument's scoring shares. Scoring reads item values (the ordinal
 * value or number each answer stands for, keyed by linkId) and never the wording, so the
 * same rules score a bundled instrument and a licensed one supplied by the service.
 */

/** Item values by linkId, as the questionnaire engine's `itemScores` gives them. */
export type ItemValues = Readonly<Record<string, number | null | undefined>>;

/** A band of a score: inclusive bounds and the i18n keys that explain it. */
export interface Band {
	id: string;
	min: number;
	max: number;
	/** i18n key of the plain-language name ("moderate"). */
	name: string;
	/** i18n key: what this band means. */
	means: string;
	/** i18n key: what this band does not mean. */
	notMeans: string;
}

/** One score of a response (an instrument may have several, as BPI and EQ-5D-5L do). */
export interface Score {
	id: string;
	/** The total, mean or value; null when the missing-item rule says it cannot be scored. */
	value: number | null;
	/** A coded form of the score where there is one (the EQ-5D-5L profile "21143"). */
	code?: string;
	band: Band | null;
	/** LOINC code of the score where one is public, for the Observation. */
	loinc: string | null;
	/** linkIds with no usable value (missing, or outside the item's range). */
	missing: readonly string[];
}

/** Flags raised by a response that people must act on, whatever the score. */
export type Flag = 'phq9-item9' | 'gad7-assessment';

/** Everything scoring says about one response. */
export interface ScoreResult {
	instrument: InstrumentId;
	scores: readonly Score[];
	flags: readonly Flag[];
}

/** How a score moved between two responses, in terms of the person's health. */
export type Direction = 'better' | 'worse' | 'same' | 'mixed';

/** The change in one score since a previous response. */
export interface Change {
	scoreId: string;
	from: number | null;
	to: number | null;
	/** to − from; null when either is missing or the score is not numeric. */
	delta: number | null;
	direction: Direction | null;
	/** Whether the change reaches the instrument's meaningful change; null when it has none. */
	meaningful: boolean | null;
}

export type InstrumentId =
	'phq-9' | 'gad-7' | 'peg-3' | 'pain-nrs' | 'collaborate' | 'fft' | 'bpi-sf' | 'eq-5d-5l' | 'pseq';

/** An instrument's scoring: how to score a response and compare it with an earlier one. */
export interface Instrument {
	id: InstrumentId;
	/** Canonical url of the Questionnaire this scoring belongs to. */
	url: string;
	/** Licensed instruments are never bundled; the service supplies their definitions. */
	licensed: boolean;
	score(values: ItemValues): ScoreResult;
	change(previous: ScoreResult, current: ScoreResult): Change[];
}
