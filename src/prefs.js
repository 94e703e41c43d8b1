// Applies the saved display preferences to <html> before the page paints, so a person who
// chose Urdu, large text or high contrast never sees a flash of the defaults. It is a file,
// not an inline script, so the Content Security Policy can forbid inline scripts.
// The app calls tendPrefs.apply() again whenever a preference changes.
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
