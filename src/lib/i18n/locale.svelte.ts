// The UI language as reactive state. Paraglide's `getLocale()` is a plain function; pointing it
// at a `$state` field makes every `m.key()` in markup depend on the language, so a switch
// re-renders text in place (no reload, no remount: a half-filled form and a running call keep
// their state).
import {
	getLocale,
	localStorageKey,
	overwriteGetLocale,
	overwriteSetLocale,
	setLocale,
	type Locale
} from '$lib/paraglide/runtime.js';

/** Paraglide matches only `zh-CN` exactly; any Chinese browser language should pick Chinese. */
function browserLocale(): Locale | undefined {
	if (typeof navigator === 'undefined') return undefined;
	for (const tag of navigator.languages ?? []) {
		const base = tag.toLowerCase().split('-')[0];
		if (base === 'zh') return 'zh-CN';
		if (base === 'en') return 'en';
	}
	return undefined;
}

function initialLocale(): Locale {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(localStorageKey);
	} catch {
		// Storage may be blocked (private mode); the browser language still decides.
	}
	if (!stored) {
		const fromBrowser = browserLocale();
		if (fromBrowser) setLocale(fromBrowser, { reload: false });
	}
	return getLocale();
}

// Paraglide's own setter (it remembers the choice in localStorage), kept before it is wrapped.
const paraglideSetLocale = setLocale;

class UiLocale {
	current = $state<Locale>(initialLocale());

	/** Switch the UI language, remember it, and update `<html lang>`. */
	set(locale: Locale) {
		paraglideSetLocale(locale, { reload: false });
		this.current = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}
}

/** The app-wide UI language; messages and `uiLocale.current` update on a switch. */
export const uiLocale = new UiLocale();

overwriteGetLocale(() => uiLocale.current);
// Anyone calling Paraglide's `setLocale` goes through the same path: no reload, state updated.
overwriteSetLocale((locale) => uiLocale.set(locale));
