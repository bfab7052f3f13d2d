import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../reading/article/segment';
import { trueFalse } from '../../quiz/question/test-factories';
import { measureBlocks } from '../../reading/reading-level/measure';
import { newModule } from './new-module';

describe('newModule’s reading level', () => {
	it('stores the level of the cleaned article, as the editor and students will show it', () => {
		const text =
			'By Jane Doe\n\nFloods hit the town of Riverton on Monday.\n\nAdvertisement\n\nThe river rose.';
		const made = newModule({ id: 'm-test-1', title: 'Floods', text, questions: [trueFalse()] });
		if (!made.ok) throw new Error(made.errors.join());
		expect(made.value.readingLevel).toEqual(measureBlocks(segmentBody(made.value.body)));
		// The byline and the advert were cleaned away before counting.
		expect(made.value.readingLevel?.words).toBe(11);
		expect(made.value.readingLevel?.sentences).toBe(2);
	});
});
