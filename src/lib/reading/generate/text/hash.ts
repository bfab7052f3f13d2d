import { fnv1a32 } from '../../../core/hash';

/** `q-` and eight lowercase hex digits derived from the question's content. */
export function questionId(content: string): string {
	return `q-${fnv1a32(content).toString(16).padStart(8, '0')}`;
}
