import { describe, expect, it } from 'vitest';
import { trueFalse } from '../../quiz/question/test-factories';
import { newModule } from './new-module';

describe('a new module whose questions repeat an id', () => {
	it('is refused with the id named, before any page keys its list by it', () => {
		const made = newModule({
			id: 'm-test-1',
			title: 'Floods',
			text: 'Floods hit the town of Riverton on Monday. The river rose.',
			questions: [trueFalse({ id: 'q1' }), trueFalse({ id: 'q2' }), trueFalse({ id: 'q1' })]
		});
		expect(made).toEqual({
			ok: false,
			errors: ['questions: two questions have the id "q1"; ids must be unique']
		});
	});
});
