/**
 * Scoring by questionnaire url. A licensed instrument's definition, supplied by the
 * service, must use Tend's canonical url and linkIds for it (docs/questionnaires.md) to be
 * scored; a questionnaire with no scoring here is stored and sent, never scored.
 */
import { bpi } from './bpi';
import { collaborate } from './collaborate';
import { eq5d5l } from './eq5d5l';
import { fft } from './fft';
import { gad7 } from './gad7';
import { nrs } from './nrs';
import { peg } from './peg';
import { phq9 } from './phq9';
import { pseq } from './pseq';
import type { Instrument } from './types';

export const INSTRUMENTS: readonly Instrument[] = [
	phq9,
	gad7,
	peg,
	nrs,
	collaborate,
	fft,
	bpi,
	eq5d5l,
	pseq
];

const byUrl = new Map(INSTRUMENTS.map((instrument) => [instrument.url, instrument]));

/** The scoring for a questionnaire url; a `|version` suffix is ignored. */
export function instrumentFor(url: string): Instrument | undefined {
	return byUrl.get(url.split('|')[0] ?? url);
}
