import { STORAGE_MESSAGES, type StorageMessageKey } from './messages';
import { describeStorageError } from './storage-errors';

export type ConnectionStatus =
	'opening' | 'open' | 'blocked' | 'closed-for-upgrade' | 'closed-for-delete' | 'error';

/** The state of this tab's database connection, for a banner that explains what to do. */
export class ConnectionState {
	status = $state<ConnectionStatus>('opening');
	/** Why opening failed, as an i18n key; set only when status is 'error'. */
	errorKey = $state<StorageMessageKey | null>(null);

	/** What to tell the person now, or null when all is well. */
	messageKey = $derived<StorageMessageKey | null>(messageFor(this.status, this.errorKey));

	/** The connection is open and usable. */
	opened(): void {
		this.status = 'open';
		this.errorKey = null;
	}

	/** This tab waits to upgrade while another tab holds an older connection. */
	blocked(): void {
		this.status = 'blocked';
	}

	/** Another tab upgraded (or deleted) the database, so this tab let go of it. */
	closedByOtherTab(reason: 'upgrade' | 'delete'): void {
		this.status = reason === 'upgrade' ? 'closed-for-upgrade' : 'closed-for-delete';
	}

	/** Opening failed; keeps a plain-words reason. */
	failed(error: unknown): void {
		this.status = 'error';
		this.errorKey = describeStorageError(error) ?? STORAGE_MESSAGES.openFailed;
	}

	/** Back to the start, e.g. after this tab deleted the database. */
	reset(): void {
		this.status = 'opening';
		this.errorKey = null;
	}
}

function messageFor(
	status: ConnectionStatus,
	errorKey: StorageMessageKey | null
): StorageMessageKey | null {
	switch (status) {
		case 'opening':
		case 'open':
			return null;
		case 'blocked':
			return STORAGE_MESSAGES.blocked;
		case 'closed-for-upgrade':
			return STORAGE_MESSAGES.closedForUpgrade;
		case 'closed-for-delete':
			return STORAGE_MESSAGES.closedForDelete;
		case 'error':
			return errorKey ?? STORAGE_MESSAGES.openFailed;
	}
}

/** This tab's connection state, shared by every page. */
export const connection = new ConnectionState();
