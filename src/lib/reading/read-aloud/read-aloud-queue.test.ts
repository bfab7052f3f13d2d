import { describe, expect, it } from 'vitest';
import { ReadAloudQueue, type ReadAloudState } from './read-aloud-queue';
import type { SpokenItem } from './spoken-item';
import { FakeSpeechEngine } from './testing/fake-speech-engine';

const SETTINGS = { rate: 1, voiceId: 'voice-a', lang: 'en' };

const sentences = (...ids: string[]): SpokenItem[] =>
	ids.map((id) => ({ id, text: `Sentence ${id}.` }));

function setUp() {
	const engine = new FakeSpeechEngine();
	const states: ReadAloudState[] = [];
	const queue = new ReadAloudQueue(engine, SETTINGS, (state) => states.push(state));
	return { engine, states, queue };
}

describe('ReadAloudQueue', () => {
	it('speaks one utterance per sentence, in order, each after the last ends', () => {
		const { engine, queue } = setUp();

		queue.start(sentences('p1s1', 'p1s2', 'p2s1'));
		expect(engine.texts).toEqual(['Sentence p1s1.']);
		engine.readCurrent();
		engine.readCurrent();

		expect(engine.texts).toEqual(['Sentence p1s1.', 'Sentence p1s2.', 'Sentence p2s1.']);
	});

	it('highlights a sentence only once its utterance starts', () => {
		const { engine, queue } = setUp();

		queue.start(sentences('p1s1', 'p1s2'));
		expect(queue.state.currentId).toBeUndefined();
		engine.startCurrent();
		expect(queue.state.currentId).toBe('p1s1');
		engine.endCurrent();
		// Until the next sentence is heard, the last one heard stays marked (no flicker between them).
		expect(queue.state.currentId).toBe('p1s1');
		engine.startCurrent();

		expect(queue.state.currentId).toBe('p1s2');
	});

	it('goes idle with "finished" after the last sentence ends, clearing the highlight', () => {
		const { engine, queue, states } = setUp();

		queue.start(sentences('p1s1', 'p1s2'));
		engine.readCurrent();
		engine.readCurrent();

		expect(queue.state).toEqual({
			status: 'idle',
			index: -1,
			currentId: undefined,
			outcome: 'finished'
		});
		expect(states.map((state) => state.currentId)).toContain('p1s2');
		expect(engine.spoken).toHaveLength(2);
	});

	it('starts from the index asked for, kept within the text', () => {
		const { engine, queue } = setUp();

		queue.start(sentences('p1s1', 'p1s2', 'p1s3'), 1);
		expect(engine.texts).toEqual(['Sentence p1s2.']);
		queue.start(sentences('p1s1', 'p1s2'), 99);

		expect(engine.latest?.text).toBe('Sentence p1s2.');
	});

	it('pauses by silencing the sentence, and resumes by reading it again from its start', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));
		engine.readCurrent();
		engine.startCurrent();

		queue.pause();
		expect(queue.state.status).toBe('paused');
		expect(queue.state.currentId).toBe('p1s2');
		expect(engine.cancels).toBeGreaterThan(0);
		const paused = engine.latest;
		paused?.events.end(); // a cancelled utterance's late end must not move the reading on
		expect(engine.spoken).toHaveLength(2);

		queue.resume();
		expect(queue.state.status).toBe('speaking');
		expect(engine.texts).toEqual(['Sentence p1s1.', 'Sentence p1s2.', 'Sentence p1s2.']);
	});

	it('ignores pause when idle and resume when not paused', () => {
		const { engine, queue } = setUp();

		queue.pause();
		queue.resume();
		expect(queue.state.status).toBe('idle');
		queue.start(sentences('p1s1'));
		queue.resume();

		expect(engine.spoken).toHaveLength(1);
		expect(queue.state.status).toBe('speaking');
	});

	it('stop silences the engine and resets, and a later start begins at the first sentence', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));
		engine.readCurrent();
		engine.startCurrent();

		queue.stop();
		expect(queue.state).toEqual({
			status: 'idle',
			index: -1,
			currentId: undefined,
			outcome: 'stopped'
		});
		engine.endCurrent();
		expect(engine.spoken).toHaveLength(2);

		queue.start(sentences('p1s1', 'p1s2'));
		expect(engine.latest?.text).toBe('Sentence p1s1.');
	});

	it('stop from a pause also resets', () => {
		const { queue } = setUp();
		queue.start(sentences('p1s1'));
		queue.pause();

		queue.stop();

		expect(queue.state.status).toBe('idle');
		expect(queue.state.outcome).toBe('stopped');
	});

	it('a new speed restarts the current sentence at that speed', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));
		engine.readCurrent();
		engine.startCurrent();

		queue.changeSettings({ rate: 1.5 });

		expect(engine.texts).toEqual(['Sentence p1s1.', 'Sentence p1s2.', 'Sentence p1s2.']);
		expect(engine.latest?.settings.rate).toBe(1.5);
		expect(engine.latest?.settings.voiceId).toBe('voice-a');
		engine.spoken[1]?.events.end(); // the replaced utterance's end is ignored
		expect(engine.spoken).toHaveLength(3);
	});

	it('a new voice while paused waits for resume, which uses it', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1'));
		queue.pause();

		queue.changeSettings({ voiceId: 'voice-b' });
		expect(engine.spoken).toHaveLength(1);
		queue.resume();

		expect(engine.latest?.settings.voiceId).toBe('voice-b');
	});

	it('ignores an end fired from inside cancel(), as some engines fire it', () => {
		const { engine, queue } = setUp();
		engine.endsOnCancel = true;
		queue.start(sentences('p1s1', 'p1s2'));
		engine.startCurrent();

		queue.pause();

		expect(engine.spoken).toHaveLength(1);
		expect(queue.state.status).toBe('paused');
	});

	it('skips a sentence the voice cannot say and reads the next', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));

		engine.failCurrent('synthesis-failed');

		expect(engine.latest?.text).toBe('Sentence p1s2.');
		expect(queue.state.status).toBe('speaking');
	});

	it('stops with "failed" after three sentences fail in a row', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2', 'p1s3', 'p1s4'));

		engine.failCurrent('synthesis-failed');
		engine.failCurrent('synthesis-failed');
		engine.failCurrent('synthesis-failed');

		expect(engine.spoken).toHaveLength(3);
		expect(queue.state.status).toBe('idle');
		expect(queue.state.outcome).toBe('failed');
	});

	it('stops with "failed" at once when the voice itself is unusable', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));

		engine.failCurrent('not-allowed');

		expect(engine.spoken).toHaveLength(1);
		expect(queue.state.outcome).toBe('failed');
	});

	it('stops quietly when something else interrupts the speech', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));

		engine.failCurrent('interrupted');

		expect(engine.spoken).toHaveLength(1);
		expect(queue.state.outcome).toBe('stopped');
	});

	it('ignores the late error of an utterance it cancelled', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));
		const first = engine.latest;
		queue.changeSettings({ rate: 0.75 });

		first?.events.error('interrupted');

		expect(queue.state.status).toBe('speaking');
		expect(engine.spoken).toHaveLength(2);
	});

	it('reports "empty" and speaks nothing for an empty or blank text', () => {
		const { engine, queue } = setUp();

		queue.start([]);
		expect(queue.state.outcome).toBe('empty');
		queue.start([{ id: 'p1s1', text: '   ' }]);

		expect(queue.state.outcome).toBe('empty');
		expect(engine.spoken).toHaveLength(0);
	});

	it('leaves out blank items and keeps the order of the rest', () => {
		const { engine, queue } = setUp();

		queue.start([{ text: 'Title' }, { id: 'p1s1', text: ' ' }, { id: 'p1s2', text: 'Two.' }]);
		engine.readCurrent();

		expect(engine.texts).toEqual(['Title', 'Two.']);
	});

	it('starting again while reading silences the old reading first', () => {
		const { engine, queue } = setUp();
		queue.start(sentences('p1s1', 'p1s2'));
		const old = engine.latest;
		const cancelsBefore = engine.cancels;

		queue.start(sentences('p9s1'));
		old?.events.end();

		expect(engine.cancels).toBe(cancelsBefore + 1);
		expect(engine.texts).toEqual(['Sentence p1s1.', 'Sentence p9s1.']);
	});
});
