/**
 * Asks the browser to keep Tend's data when the person installs the app: the first sure
 * sign they mean to keep using it on this device. Enrolling with the service and saving a
 * first record ask too (those features call requestPersistence themselves); Settings has a
 * button. See hazard H-004.
 */
export function askToKeepDataOnInstall(): void {
	window.addEventListener(
		'appinstalled',
		async () => {
			const [{ getDb }, { createMetaRepo }, { requestPersistence }] = await Promise.all([
				import('$lib/db/db'),
				import('$lib/db/meta-repo'),
				import('$lib/db/storage')
			]);
			await requestPersistence(navigator.storage, createMetaRepo(getDb()));
		},
		{ once: true }
	);
}
