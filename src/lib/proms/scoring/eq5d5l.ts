/**
 * EQ-5D-5L scoring. Licensed (EuroQol Research Foundation): never bundled.
 * Source: EuroQol. EQ-5D-5L User Guide (version 3.0, 2019): the health state is the
 * 5-digit profile of the levels (1–5) of mobility, self-care, usual activities,
 * pain/discomfort and anxiety/depression, in that order, with 9 for a missing answer;
 * the EQ VAS (0–100) is reported on its own. Change in the profile: the Paretian
 * classification (Devlin NJ, Parkin D, Browne J. Health Econ 2010;19:886–905): better,
 * worse, mixed or the same.
 * No index value set is shipped: which set applies is the commissioner's choice, a
 * per-service setting (docs/questionnaires.md). No MCID is applied to the VAS.
 */
import { compareScore, QUESTIONNAIRE_BASE, readItems, scoreOf } from './common';
import type { Change, Direction, Instrument, ScoreResult } from './types';

export const EQ5D_DIMENSIONS = [
	'eq5d-mobility',
	'eq5d-self-care',
	'eq5d-usual-activities',
	'eq5d-pain-discomfort',
	'eq5d-anxiety-depression'
] as const;
export const EQ5D_VAS = 'eq5d-vas';

/** The 5-digit profile, 9 standing for a missing dimension. */
export function eq5dProfile(values: Readonly<Record<string, number | null | undefined>>): string {
	return EQ5D_DIMENSIONS.map((id) => {
		const { answered } = readItems(values, [id], 1, 5);
		return String(answered[0] ?? 9);
	}).join('');
}

/** Paretian comparison of two complete profiles; null if either has a missing level. */
export function paretoChange(from: string, to: string): Direction | null {
	if (from.includes('9') || to.includes('9')) return null;
	let better = false;
	let worse = false;
	for (let i = 0; i < from.length; i += 1) {
		// Level 1 is "no problems", so a lower level is better.
		if (to[i]! < from[i]!) better = true;
		if (to[i]! > from[i]!) worse = true;
	}
	if (better && worse) return 'mixed';
	return better ? 'better' : worse ? 'worse' : 'same';
}

function profileChange(previous: ScoreResult, current: ScoreResult): Change {
	const from = previous.scores.find((s) => s.id === 'profile')?.code ?? null;
	const to = current.scores.find((s) => s.id === 'profile')?.code ?? null;
	const direction = from && to ? paretoChange(from, to) : null;
	return { scoreId: 'profile', from: null, to: null, delta: null, direction, meaningful: null };
}

export const eq5d5l: Instrument = {
	id: 'eq-5d-5l',
	url: `${QUESTIONNAIRE_BASE}eq-5d-5l`,
	licensed: true,
	score(values) {
		const { missing } = readItems(values, EQ5D_DIMENSIONS, 1, 5);
		const vas = readItems(values, [EQ5D_VAS], 0, 100);
		return {
			instrument: 'eq-5d-5l',
			scores: [
				{ id: 'profile', value: null, code: eq5dProfile(values), band: null, loinc: null, missing },
				scoreOf('vas', vas.answered[0] ?? null, vas.missing, null)
			],
			flags: []
		};
	},
	change: (previous, current) => [
		profileChange(previous, current),
		compareScore(previous, current, 'vas', true, null)
	]
};
