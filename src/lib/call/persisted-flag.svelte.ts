// A boolean preference remembered in localStorage (discreet mode survives a reload, so the
// coaching text never flashes up in front of the customer while the page comes back).

/** A remembered on/off setting; storage failures (private mode, quota) only lose the memory. */
export class PersistedFlag {
	#key: string;
	#value = $state(false);

	constructor(key: string, initial = false) {
		this.#key = key;
		const stored = readStored(key);
		this.#value = stored === null ? initial : stored === '1';
	}

	get value(): boolean {
		return this.#value;
	}

	set value(next: boolean) {
		this.#value = next;
		try {
			localStorage.setItem(this.#key, next ? '1' : '0');
		} catch {
			// Remembering is a convenience; the setting still applies for this page.
		}
	}

	/** Flips the setting. */
	toggle(): void {
		this.value = !this.#value;
	}
}

function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}
