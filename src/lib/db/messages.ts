/**
 * Every string key of the `storage` namespace, so pages show these messages through
 * t(STORAGE_MESSAGES.x) and the key checker sees each key used.
 */
export const STORAGE_MESSAGES = {
	persistenceGranted: 'storage:persistence.granted',
	persistenceNotGranted: 'storage:persistence.not_granted',
	persistenceUnsupported: 'storage:persistence.unsupported',
	persistenceAsk: 'storage:persistence.ask_button',
	usage: 'storage:usage.summary',
	usageUnknown: 'storage:usage.unknown',
	quotaExceeded: 'storage:errors.quota_exceeded',
	databaseClosed: 'storage:errors.database_closed',
	versionTooOld: 'storage:errors.version_too_old',
	unavailable: 'storage:errors.unavailable',
	openFailed: 'storage:errors.open_failed',
	blocked: 'storage:connection.blocked',
	closedForUpgrade: 'storage:connection.closed_for_upgrade',
	closedForDelete: 'storage:connection.closed_for_delete',
	reload: 'storage:connection.reload_button'
} as const;

export type StorageMessageKey = (typeof STORAGE_MESSAGES)[keyof typeof STORAGE_MESSAGES];
