/** Why an input cannot become a quiz; lets callers choose a message or a status code. */
export type GenerationErrorCode = 'empty' | 'not-text' | 'too-short';

/**
 * The only error `generateQuestions` throws. Its message says what is wrong with the input and what
 * to do about it, so it can be shown to a person as is.
 */
export class GenerationError extends Error {
	readonly code: GenerationErrorCode;

	constructor(code: GenerationErrorCode, message: string) {
		super(message);
		this.name = 'GenerationError';
		this.code = code;
	}
}
