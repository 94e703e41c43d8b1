// The sync engine's state for pages, as runes. No database here: the engine (loaded once
// the browser is idle) fills it from a Dexie live query, so this can sit in any page's
// first load.
import type { EnrolmentRecord } from '$lib/enrolment/types';
import { deriveActivity, hasStale } from './activity';
import { modeOf } from './mode';
import type { OutboxSummary, SyncActivity, SyncMode } from './types';

/** What Settings shows about the link; never the token. */
export interface LinkSummary {
	patientName: string;
	role: 'patient' | 'carer';
	carerName: string | null;
	deviceName: string;
	serviceName: string | null;
	servicePhone: string | null;
	linkedAt: string;
	revokedAt: string | null;
}

function summarise(enrolment: EnrolmentRecord): LinkSummary {
	return {
		patientName: enrolment.patient.displayName,
		role: enrolment.role,
		carerName: enrolment.carer?.name ?? null,
		deviceName: enrolment.deviceName,
		serviceName: enrolment.service?.name ?? null,
		servicePhone: enrolment.service?.phone ?? null,
		linkedAt: enrolment.linkedAt,
		revokedAt: enrolment.revokedAt ?? null
	};
}

class SyncStatus {
	/** False until the first reading from the database. */
	isReady = $state(false);
	mode = $state<SyncMode>('self-guided');
	link = $state<LinkSummary | null>(null);
	/** Entries pending or sending. */
	waiting = $state(0);
	quarantined = $state(0);
	oldestUnsentAt = $state<string | null>(null);
	lastSentAt = $state<string | null>(null);
	isPushing = $state(false);
	isOffline = $state(false);
	/** When the engine last looked; staleness is judged against it. */
	checkedAt = $state(new Date());

	state = $derived<SyncActivity>(
		deriveActivity({
			mode: this.mode,
			isPushing: this.isPushing,
			isOffline: this.isOffline,
			waiting: this.waiting,
			quarantined: this.quarantined,
			oldestUnsentAt: this.oldestUnsentAt,
			now: this.checkedAt
		})
	);
	/** Something has waited seven days or more. */
	isStale = $derived(hasStale(this.oldestUnsentAt, this.checkedAt));

	/** Takes a fresh reading from the database. */
	update(enrolment: EnrolmentRecord | undefined, summary: OutboxSummary): void {
		this.mode = modeOf(enrolment);
		this.link = enrolment ? summarise(enrolment) : null;
		this.waiting = summary.waiting;
		this.quarantined = summary.quarantined;
		this.oldestUnsentAt = summary.oldestUnsentAt;
		this.lastSentAt = summary.lastSentAt;
		this.checkedAt = new Date();
		this.isReady = true;
	}

	/** Back to a fresh device (after unlinking and deleting everything). */
	reset(): void {
		this.isReady = false;
		this.mode = 'self-guided';
		this.link = null;
		this.waiting = 0;
		this.quarantined = 0;
		this.oldestUnsentAt = null;
		this.lastSentAt = null;
		this.isPushing = false;
	}
}

/** The sync engine's state, shared by every page. */
export const syncStatus = new SyncStatus();
