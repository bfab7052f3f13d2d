import { describe, expect, it } from 'vitest';
import { newModule, titleFromText } from './new-module';
import { trueFalse } from '../../quiz/question/test-factories';

const text =
	'By Jane Doe\n\nFloods hit the town of Riverton on Monday.\n\nAdvertisement\n\nThe river rose.';

describe('newModule', () => {
	it('cleans the article and starts with the default settings', () => {
		const made = newModule({ id: 'm-test-1', title: 'Floods', text, questions: [trueFalse()] });
		if (!made.ok) throw new Error(made.errors.join());
		expect(made.value.body).not.toContain('Advertisement');
		expect(made.value.body).not.toContain('Jane Doe');
		expect(made.value.settings.passMark).toBe(60);
		expect(made.value.source).toBeUndefined();
	});

	it('names what is wrong instead of making a broken module', () => {
		const made = newModule({ id: 'm-test-1', title: '  ', text, questions: [] });
		expect(made.ok).toBe(false);
		if (made.ok) return;
		expect(made.errors.join('\n')).toMatch(/title/);
		expect(made.errors.join('\n')).toMatch(/questions/);
	});

	it('refuses text that is nothing but clutter', () => {
		expect(
			newModule({ id: 'm-test-1', title: 'T', text: 'Advertisement', questions: [trueFalse()] }).ok
		).toBe(false);
	});
});

describe('titleFromText', () => {
	it('takes the first words of the first real line', () => {
		expect(titleFromText(text)).toBe('Floods hit the town of Riverton on Monday');
		expect(titleFromText('')).toBe('Untitled article');
	});

	it('takes a pasted headline as the title, whole', () => {
		const pasted =
			'Harbour Strike Enters Second Week as Talks Stall Again\n\nVALMOUTH — Dock workers stayed off the job on Monday as talks with the port owners broke down again.';
		expect(titleFromText(pasted)).toBe('Harbour Strike Enters Second Week as Talks Stall Again');
	});
});
