import type { Grade } from '../../../quiz/question/response';
import type { Attempt } from '../attempt';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { ProgressStore } from '../progress-store';
import { DAY, T0, at, makeAttempt, right, wrong } from './factories';

/** A clock the test moves by hand. */
export function manualClock(start = T0) {
	let now = start;
	return {
		now: () => now,
		advance: (ms: number) => {
			now = new Date(now.getTime() + ms);
		}
	};
}

export const storeOver = (storage: MemoryStorage | null, clock = manualClock()) =>
	new ProgressStore(storage, clock.now);

/** A quiz of `size` questions finished `day` days after T0, alternating right and wrong answers. */
export function quizOn(day: number, size = 20, id = `attempt-${day}`): Attempt {
	const grades: Record<string, Grade> = {};
	for (let i = 0; i < size; i++) grades[`question-${i}`] = i % 3 === 0 ? wrong() : right();
	return makeAttempt({ id, finishedAt: at(day * DAY), grades });
}

/** Storage that can be read but refuses writes, as some privacy modes do. */
export class ReadOnlyStorage extends MemoryStorage {
	override setItem(): void {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
}
