// @ts-nocheck -- plain ES5 that runs before the app, outside the bundle; its spec runs it.
// Saved display preferences onto <html> before first paint (D-003); written into each page
// by the server and allowed by its hash (D-036). The app calls tendPrefs.apply() on change.
(function () {
	var KEY = 'tend:prefs';
	var RTL = ['ur', 'ar'];
	var SOURCE = 'en-GB';

	function read() {
		try {
			var saved = JSON.parse(localStorage.getItem(KEY) || '{}');
			return saved && typeof saved === 'object' ? saved : {};
		} catch (e) {
			return {};
		}
	}

	function apply(prefs) {
		var html = document.documentElement;
		var language = typeof prefs.language === 'string' ? prefs.language : SOURCE;
		html.lang = language;
		html.dir = RTL.indexOf(language.split('-')[0]) >= 0 ? 'rtl' : 'ltr';
		html.dataset.textSize = prefs.textSize || 'standard';
		html.dataset.contrast = prefs.contrast || 'standard';
		html.dataset.motion = prefs.reduceMotion ? 'reduce' : 'system';
	}

	var prefs = read();
	apply(prefs);
	// Text stays hidden for a moment while a translation loads, never for long.
	if (prefs.language && prefs.language !== SOURCE) {
		document.documentElement.classList.add('i18n-pending');
		setTimeout(function () {
			document.documentElement.classList.remove('i18n-pending');
		}, 1500);
	}
	window.tendPrefs = { key: KEY, read: read, apply: apply };
})();
