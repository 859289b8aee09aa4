import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shiftCounter, exitTarget, OFFLINE_EXIT_PATH } from '../../src/lib/quick-exit.ts';

const press = (count: ReturnType<typeof shiftCounter>, keys: [string, number, boolean?][]) => keys.map(([key, timeStamp, repeat]) => count({ key, timeStamp, repeat }));

test('three quick presses of Shift exit', () => {
  assert.deepEqual(press(shiftCounter(), [['Shift', 0], ['Shift', 300], ['Shift', 600]]), [false, false, true]);
});

test('typing capitals (Shift, letter, Shift, letter…) never exits', () => {
  const keys: [string, number][] = [['Shift', 0], ['A', 50], ['Shift', 100], ['B', 150], ['Shift', 200], ['C', 250], ['Shift', 300], ['D', 350]];
  assert.ok(press(shiftCounter(), keys).every((x) => !x));
});

test('holding Shift down (auto-repeat) counts as one press', () => {
  assert.deepEqual(press(shiftCounter(), [['Shift', 0], ['Shift', 30, true], ['Shift', 60, true], ['Shift', 90, true]]), [false, false, false, false]);
});

test('presses spread over more than two seconds do not exit', () => {
  assert.deepEqual(press(shiftCounter(), [['Shift', 0], ['Shift', 1500], ['Shift', 3000]]), [false, false, false]);
});

test('goes to the neutral site online and to the local neutral page offline', () => {
  assert.equal(exitTarget(true, 'https://example.org/'), 'https://example.org/');
  assert.equal(exitTarget(false, 'https://example.org/'), OFFLINE_EXIT_PATH);
});
