// Saves a form shortly after the rep stops typing, and at once when the page is hidden or the
// form goes away, so what was typed survives a reload or a closed lid.

/** What the form shows about its last save. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export class AutoSave {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pending: (() => Promise<void>) | undefined;
	#running: Promise<void> = Promise.resolve();

	constructor(private readonly delay = 400) {}

	/** Runs `save` after the delay, replacing a save not yet started. */
	schedule(save: () => Promise<void>): void {
		this.#pending = save;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.delay);
	}

	/** Runs the pending save now; resolves when every started save has finished. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		const save = this.#pending;
		this.#pending = undefined;
		if (save) this.#running = this.#running.then(save, save);
		return this.#running;
	}
}
