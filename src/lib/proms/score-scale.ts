/**
 * How each score of each instrument is shown over time: its name, its full range and its
 * bands. Trend charts always span the instrument's whole range (never a range fitted to
 * the data), so a small change never looks like a big one (H-022). Ranges are those of the
 * scoring modules in `./scoring/` (docs/questionnaires.md).
 */
import { COLLABORATE_BANDS } from './scoring/collaborate';
import { FFT_ANSWERS } from './scoring/fft';
import { GAD7_BANDS } from './scoring/gad7';
import { PHQ9_BANDS } from './scoring/phq9';
import { PSEQ_BANDS } from './scoring/pseq';
import type { Band, InstrumentId } from './scoring/types';

/**
 * number: a value on a scale, drawn as a line; code: a coded state (the EQ-5D-5L profile),
 * only listed; answer: one answer among a few (the Friends and Family Test), only listed.
 */
export type ScaleKind = 'number' | 'code' | 'answer';

export interface ScoreScale {
	scoreId: string;
	/** i18n key naming the score ("Pain severity"). */
	label: string;
	kind: ScaleKind;
	min: number;
	max: number;
	/** The score's bands, lowest first; empty when the instrument has none. */
	bands: readonly Band[];
}

const number = (
	scoreId: string,
	label: string,
	max: number,
	bands: readonly Band[] = []
): ScoreScale => ({ scoreId, label, kind: 'number', min: 0, max, bands });

const SCALES: Readonly<Record<InstrumentId, readonly ScoreScale[]>> = {
	'phq-9': [number('total', 'proms:trends.score.phq9_total', 27, PHQ9_BANDS)],
	'gad-7': [number('total', 'proms:trends.score.gad7_total', 21, GAD7_BANDS)],
	'peg-3': [number('mean', 'proms:trends.score.peg_mean', 10)],
	'pain-nrs': [number('value', 'proms:trends.score.nrs_value', 10)],
	collaborate: [number('total', 'proms:trends.score.collaborate_total', 27, COLLABORATE_BANDS)],
	fft: [
		{
			scoreId: 'answer',
			label: 'proms:trends.score.fft_answer',
			kind: 'answer',
			min: 1,
			max: 6,
			bands: FFT_ANSWERS
		}
	],
	'bpi-sf': [
		number('severity', 'proms:trends.score.bpi_severity', 10),
		number('interference', 'proms:trends.score.bpi_interference', 10)
	],
	'eq-5d-5l': [
		{
			scoreId: 'profile',
			label: 'proms:trends.score.eq5d_profile',
			kind: 'code',
			min: 0,
			max: 0,
			bands: []
		},
		number('vas', 'proms:trends.score.eq5d_vas', 100)
	],
	pseq: [number('total', 'proms:trends.score.pseq_total', 60, PSEQ_BANDS)]
};

/** The scores of an instrument, in the order its scoring gives them. */
export function scalesOf(instrument: InstrumentId): readonly ScoreScale[] {
	return SCALES[instrument];
}
