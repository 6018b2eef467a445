// The account file: 32 facts about a contact person, grouped as the domain text groups them
// (docs/accounts.md#the-account-file-and-personal-data). Every field is optional free text.
// Sensitive ones (health, religion, family, physical traits, home, habits) are hidden on screen
// by default, never reach the prompter, and stay out of an export unless the rep asks.

export const FILE_GROUPS = [
	'person',
	'education',
	'family',
	'career',
	'interests',
	'lifestyle',
	'relationship'
] as const;
export type FileGroup = (typeof FILE_GROUPS)[number];

/** Each field's group and whether it is sensitive personal information. */
export const FILE_FIELDS = {
	jobTitle: { group: 'person', sensitive: false },
	companyAddress: { group: 'person', sensitive: false },
	homeAddress: { group: 'person', sensitive: true },
	phones: { group: 'person', sensitive: false },
	email: { group: 'person', sensitive: false },
	birth: { group: 'person', sensitive: false },
	physical: { group: 'person', sensitive: true },
	schooling: { group: 'education', sensitive: false },
	languages: { group: 'education', sensitive: false },
	marriage: { group: 'family', sensitive: true },
	spouse: { group: 'family', sensitive: true },
	anniversary: { group: 'family', sensitive: true },
	children: { group: 'family', sensitive: true },
	childrenInterests: { group: 'family', sensitive: true },
	previousJob: { group: 'career', sensitive: false },
	currentRole: { group: 'career', sensitive: false },
	viewOfEmployer: { group: 'career', sensitive: false },
	relationsAtWork: { group: 'career', sensitive: false },
	personalGoals: { group: 'career', sensitive: false },
	clubs: { group: 'interests', sensitive: false },
	community: { group: 'interests', sensitive: false },
	religion: { group: 'interests', sensitive: true },
	topicsToAvoid: { group: 'interests', sensitive: false },
	favouriteTopics: { group: 'interests', sensitive: false },
	health: { group: 'lifestyle', sensitive: true },
	drinking: { group: 'lifestyle', sensitive: true },
	smoking: { group: 'lifestyle', sensitive: true },
	phoneModel: { group: 'lifestyle', sensitive: false },
	food: { group: 'lifestyle', sensitive: false },
	reading: { group: 'lifestyle', sensitive: false },
	car: { group: 'lifestyle', sensitive: false },
	viewOfUs: { group: 'relationship', sensitive: false }
} as const satisfies Record<string, { group: FileGroup; sensitive: boolean }>;

export type FileField = keyof typeof FILE_FIELDS;
export const FILE_FIELD_CODES = Object.keys(FILE_FIELDS) as FileField[];

/** Longest text one field keeps. */
export const FILE_FIELD_MAX = 2000;

/** The values of an account file; absent or empty means not known. */
export type AccountFile = Partial<Record<FileField, string>>;

/** True for fields that hold sensitive personal information. */
export const isSensitive = (field: FileField): boolean => FILE_FIELDS[field].sensitive;

/** The fields of `group`, in the domain text's order. */
export function fieldsOf(group: FileGroup): FileField[] {
	return FILE_FIELD_CODES.filter((f) => FILE_FIELDS[f].group === group);
}

/** True when `file` holds text in any sensitive field. */
export function hasSensitive(file: AccountFile): boolean {
	return FILE_FIELD_CODES.some((f) => isSensitive(f) && Boolean(file[f]?.trim()));
}

/** The file without its sensitive fields (for the prompter and a default export). */
export function withoutSensitive(file: AccountFile): AccountFile {
	const out: AccountFile = {};
	for (const f of FILE_FIELD_CODES) if (!isSensitive(f) && file[f] !== undefined) out[f] = file[f];
	return out;
}

/**
 * True when saving `next` over `previous` would fill a sensitive field for the first time and
 * the person has no recorded consent: the app must ask before it saves.
 */
export function needsConsent(
	previous: AccountFile,
	next: AccountFile,
	consentAt?: number
): boolean {
	return consentAt === undefined && !hasSensitive(previous) && hasSensitive(next);
}
