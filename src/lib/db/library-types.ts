// Rows of the playbook studio's tables (schema version 4).

/** A trainer's own playbook: the current text and what the library lists about it. */
export interface UserPlaybookRow {
	/** Random UUID; stable across edits, even when the text's own id changes. */
	id: string;
	/** The `id` in the text's front matter ('' when it has none). */
	playbookId: string;
	title: string;
	version: string;
	locale: string;
	/** The file name it was imported from or will be exported as. */
	fileName: string;
	/** The markdown text, byte for byte as imported or saved. */
	source: string;
	/** Number of saves; the text of each earlier one is a revision row. */
	revision: number;
	createdAt: number;
	updatedAt: number;
}

/** An earlier text of a user playbook, kept when a newer one was saved over it. */
export interface PlaybookRevisionRow {
	id: string;
	userPlaybookId: string;
	/** The `revision` the playbook had while this was its text. */
	revision: number;
	source: string;
	fileName: string;
	savedAt: number;
}

/** The editor's unsaved text of a playbook (autosaved as the trainer types). */
export interface PlaybookDraftRow {
	userPlaybookId: string;
	source: string;
	/** Cursor offset in `source`. */
	cursor: number;
	/** The playbook revision the draft started from. */
	baseRevision: number;
	updatedAt: number;
}

/** What the library records about a text when saving it (read from its parse). */
export interface PlaybookFacts {
	playbookId: string;
	title: string;
	version: string;
	locale: string;
}
