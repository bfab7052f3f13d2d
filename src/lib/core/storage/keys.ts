/**
 * Every key Lectern keeps in the browser's storage, in one place: what is stored, and where.
 * Each value's format and version live with its reader (see `README` of this folder).
 */

/** The student's attempts, summaries and review schedule (`progress/read-stored.ts`, version 3). */
export const PROGRESS_KEY = 'lectern.progress';

/**
 * Beside a progress key (`lectern.progress.fingerprint`): the length and hash of the text this
 * app last wrote there, so loading what it wrote itself need not check every attempt again.
 */
export const fingerprintKey = (key: string): string => `${key}.fingerprint`;

/** A quiz in progress for one module (`quiz/draft.ts`, version 1). */
export const draftKey = (moduleSlug: string): string => `lectern.draft.${moduleSlug}`;

/** The modules a teacher made on this device (a versioned list of assignments). */
export const TEACHER_MODULES_KEY = 'lectern.teacher.modules';

/** The modules a student opened from links or files, with their submissions (a versioned list). */
export const ASSIGNED_MODULES_KEY = 'lectern.assigned';

/** @example gradebookReceiptsKey('gas-pipeline') // 'lectern.gradebook.gas-pipeline' */
export const gradebookReceiptsKey = (assignmentId: string): string =>
	`lectern.gradebook.${assignmentId}`;

/** The student answering now on this device (a versioned value; bare text before version 1). */
export const STUDENT_NAME_KEY = 'lectern.student.name';

/** The names used on this device, latest first (a versioned list). */
export const KNOWN_STUDENTS_KEY = 'lectern.students';

/** The reading speed and voice chosen for reading aloud (`read-aloud/settings.ts`, version 1). */
export const READ_ALOUD_KEY = 'lectern.read-aloud';

/** Written and removed at once to learn whether storage takes writes. */
export const PROBE_KEY = 'lectern.probe';

/** Copies of progress kept before it was set aside: `lectern.progress.backup.<ISO time>`. */
export const BACKUP_PREFIX = `${PROGRESS_KEY}.backup.`;

/**
 * Copies of any other stored value that could not be fully read, kept before it is written over:
 * `lectern.set-aside.<the value's key>@<ISO time>`.
 */
export const SET_ASIDE_PREFIX = 'lectern.set-aside.';
