/**
 * Translation keys for what the staff console says about questionnaires: score names,
 * flags, assignment states, licensed instruments and the licence basis of bundled ones.
 * Written out in full so the translation check sees each key used.
 */
import type { Direction } from '$lib/proms/scoring/types';

const SCORE_LABELS: Readonly<Record<string, string>> = {
	'phq-9:total': 'staff:prom_results.score.phq9_total',
	'gad-7:total': 'staff:prom_results.score.gad7_total',
	'peg-3:mean': 'staff:prom_results.score.peg_mean',
	'pain-nrs:value': 'staff:prom_results.score.nrs_value',
	'collaborate:total': 'staff:prom_results.score.collaborate_total',
	'fft:answer': 'staff:prom_results.score.fft_answer',
	'bpi-sf:severity': 'staff:prom_results.score.bpi_severity',
	'bpi-sf:interference': 'staff:prom_results.score.bpi_interference',
	'eq-5d-5l:profile': 'staff:prom_results.score.eq5d_profile',
	'eq-5d-5l:vas': 'staff:prom_results.score.eq5d_vas',
	'pseq:total': 'staff:prom_results.score.pseq_total'
};

/** The column name of one score of an instrument. */
export function scoreLabel(instrument: string | null, scoreId: string): string {
	return SCORE_LABELS[`${instrument}:${scoreId}`] ?? 'staff:prom_results.score.other';
}

/** Scores shown by their band's name alone (the Friends and Family Test answer is a code). */
export function isShownAsBand(instrument: string | null, scoreId: string): boolean {
	return instrument === 'fft' && scoreId === 'answer';
}

export const FLAG_LABELS = {
	'safety-netting': 'staff:prom_results.flag.safety_netting',
	'gad7-assessment': 'staff:prom_results.flag.gad7_assessment'
} as const;

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
	better: 'staff:prom_results.comparison.direction.better',
	worse: 'staff:prom_results.comparison.direction.worse',
	same: 'staff:prom_results.comparison.direction.same',
	mixed: 'staff:prom_results.comparison.direction.mixed'
};

export const ASSIGNMENT_STATES = {
	upcoming: 'staff:assignments.state.upcoming',
	due: 'staff:assignments.state.due',
	overdue: 'staff:assignments.state.overdue',
	missed: 'staff:assignments.state.missed',
	done: 'staff:assignments.state.done',
	withdrawn: 'staff:assignments.state.withdrawn'
} as const;

/** The licensed instruments' names, who licenses each, by instrument id. */
export const LICENSED_LABELS: Readonly<Record<string, { name: string; owner: string }>> = {
	'bpi-sf': { name: 'staff:licences.instrument.bpi_sf', owner: 'staff:licences.owner.bpi_sf' },
	'eq-5d-5l': {
		name: 'staff:licences.instrument.eq_5d_5l',
		owner: 'staff:licences.owner.eq_5d_5l'
	},
	pseq: { name: 'staff:licences.instrument.pseq', owner: 'staff:licences.owner.pseq' }
};

/** Why each bundled instrument may be used (src/content/questionnaires/README.md). */
export const LICENCE_BASIS: Readonly<Record<string, string>> = {
	'phq-9': 'staff:licences.basis.phq_9',
	'gad-7': 'staff:licences.basis.gad_7',
	'peg-3': 'staff:licences.basis.peg_3',
	'pain-nrs': 'staff:licences.basis.pain_nrs',
	collaborate: 'staff:licences.basis.collaborate',
	fft: 'staff:licences.basis.fft'
};
