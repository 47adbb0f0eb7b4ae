// Every way a hand-written scenario can be broken gets one located, specific line: file:line:column path: message.
import { describe, expect, it } from 'vitest';
import { formatScenarioError } from '../../../src/scenario/loadScenario';
import { edit, errorsOf, lineOf, minimalText as base } from './scenarioText';

interface Case {
  name: string;
  text: string;
  line: number;
  column?: number;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'YAML syntax error',
    text: edit(base, 'requiredSignatories: [north, south]', 'requiredSignatories: [north, south\n  bad: {'),
    line: lineOf(base, 'requiredSignatories') + 1,
    path: '',
    message: /^YAML syntax: /,
  },
  { name: 'empty file', text: '', line: 1, column: 1, path: '', message: /the file is empty/ },
  { name: 'only comments', text: '# nothing yet\n', line: 1, column: 1, path: '', message: /holds nothing/ },
  {
    name: 'binary garbage',
    text: 'format: 1\n\u0000\u0001\u00ff\u0002garbage',
    line: 2,
    column: 1,
    path: '',
    message: /not a text file/,
  },
  { name: 'a list, not a mapping', text: '- format: 1\n- id: x\n', line: 1, path: '', message: /file holds a list/ },
  { name: 'a single value', text: 'just words\n', line: 1, path: '', message: /single value "just words"/ },
  {
    name: 'missing top-level field',
    text: edit(base, 'title: Minimal test scenario\n', ''),
    line: lineOf(base, 'format: 1'),
    path: 'title',
    message: /missing required field "title"/,
  },
  {
    name: 'missing nested field',
    text: edit(base, '    seat: { playable: true, difficulty: hard, note: Answers a round late. }\n', ''),
    line: lineOf(base, '  - id: south'),
    path: 'parties[1].seat',
    message: /missing required field "seat"/,
  },
  {
    name: 'missing rule',
    text: edit(base, '  pen: mediator\n', ''),
    line: lineOf(base, '  rounds: 5'),
    path: 'rules.pen',
    message: /missing required field "pen"/,
  },
  {
    name: 'wrong type: text for a number',
    text: edit(base, 'rounds: 5', 'rounds: five'),
    line: lineOf(base, 'rounds: 5'),
    column: 11,
    path: 'rules.rounds',
    message: /expected a number, got the text "five"/,
  },
  {
    name: 'wrong type: fraction for a whole number',
    text: edit(base, 'rounds: 5', 'rounds: 5.5'),
    line: lineOf(base, 'rounds: 5'),
    path: 'rules.rounds',
    message: /whole number/,
  },
  {
    name: 'wrong type: text for true/false',
    text: edit(base, '    atTable: false', '    atTable: nope'),
    line: lineOf(base, 'atTable: false'),
    path: 'parties[1].atTable',
    message: /expected true or false/,
  },
  {
    name: 'wrong type: mapping for a list',
    text: edit(base, 'playableBy: [north, mediator]', 'playableBy: { north: yes }'),
    line: lineOf(base, 'playableBy'),
    path: 'levers[0].playableBy',
    message: /expected a list, got a mapping/,
  },
  {
    name: 'misspelt field',
    text: edit(base, '    shortName: North\n', '    shortName: North\n    wieght: 3\n'),
    line: lineOf(base, 'shortName: North') + 1,
    column: 5,
    path: 'parties[0].wieght',
    message: /unknown field "wieght" \(known: /,
  },
  {
    name: 'unknown enum value',
    text: edit(base, '    kind: institution', '    kind: institute'),
    line: lineOf(base, 'kind: institution'),
    path: 'parties[2].kind',
    message: /unknown value "institute" \(known: institution/,
  },
  {
    name: 'unknown effect kind',
    text: edit(base, 'kind: trust, from: target', 'kind: trussed, from: target'),
    line: lineOf(base, 'kind: trust, from: target'),
    path: 'levers[0].effects[0].kind',
    message: /unknown kind "trussed" \(known: trust/,
  },
  {
    name: 'a key that is not an id',
    text: edit(base, 'values: { north-keeps: 1,', 'values: { North Keeps: 1,'),
    line: lineOf(base, 'values: { north-keeps: 1,'),
    path: 'parties[0].preferences.valley.values["North Keeps"]',
    message: /the key "North Keeps" is not allowed: an id is lower-case letters, digits and dashes/,
  },
  {
    name: 'unsupported format',
    text: edit(base, 'format: 1', 'format: 2'),
    line: lineOf(base, 'format: 1'),
    path: 'format',
    message: /unsupported format number 2; this version of the game reads format 1/,
  },
  {
    name: 'red line naming an unknown issue',
    text: edit(base, '      - issue: valley', '      - issue: valey'),
    line: lineOf(base, '- issue: valley'),
    column: 16,
    path: 'parties[0].redLines[0].issue',
    message: /unknown issue "valey" \(known: valley, monitors\)/,
  },
  {
    name: 'red line naming an unknown option',
    text: edit(base, 'forbidden: [south-keeps]', 'forbidden: [south-kept]'),
    line: lineOf(base, 'forbidden: [south-keeps]'),
    path: 'parties[0].redLines[0].forbidden[0]',
    message: /unknown option of "valley" "south-kept" \(known: south-keeps/,
  },
  {
    name: 'signatory that is not a party',
    text: edit(base, 'requiredSignatories: [north, south]', 'requiredSignatories: [north, east]'),
    line: lineOf(base, 'requiredSignatories'),
    path: 'rules.requiredSignatories[1]',
    message: /unknown party "east" \(known: /,
  },
  {
    name: 'unknown meter in an effect',
    text: edit(base, 'meter: escalation, delta: 10', 'meter: tension, delta: 10'),
    line: lineOf(base, 'meter: escalation, delta: 10'),
    path: 'events[0].effects[0].meter',
    message: /unknown meter "tension" \(known: /,
  },
  {
    name: 'unknown party in a lever',
    text: edit(base, 'playableBy: [north, mediator]', 'playableBy: [north, mediatr]'),
    line: lineOf(base, 'playableBy'),
    path: 'levers[0].playableBy[1]',
    message: /unknown party "mediatr" \(known: mediator/,
  },
  {
    name: 'unknown event in a condition',
    text: edit(
      base,
      '    weight: 2\n',
      '    weight: 2\n    conditions: [{ kind: event, event: clsh, happened: false }]\n',
    ),
    line: lineOf(base, '    weight: 2') + 1,
    path: 'events[0].conditions[0].event',
    message: /unknown event "clsh" \(known: clash\)/,
  },
  {
    name: 'unknown source',
    text: edit(base, '    weight: 2\n', '    weight: 2\n    sources: [afp]\n'),
    line: lineOf(base, '    weight: 2') + 1,
    path: 'events[0].sources[0]',
    message: /unknown source "afp" \(known: test-note\)/,
  },
  {
    name: 'unknown map feature',
    text: edit(base, 'description: A large mission., enforcement: 0.4', 'description: A large mission., map: [zone]'),
    line: lineOf(base, 'A large mission.'),
    path: 'issues[1].options[2].map[0]',
    message: /unknown map feature "zone" \(none are defined\)/,
  },
  {
    name: 'a guarantor that is not a party',
    text: edit(
      base,
      'description: A large mission., enforcement: 0.4',
      'description: A large mission., guarantors: [north, westland]',
    ),
    line: lineOf(base, 'A large mission.'),
    path: 'issues[1].options[2].guarantors[1]',
    message: /unknown party "westland" \(known: /,
  },
  {
    name: 'duplicate party id',
    text: edit(base, '  - id: mediator\n', '  - id: north\n'),
    line: lineOf(base, '  - id: mediator'),
    path: 'parties[2].id',
    message: /duplicate party id "north" \(first used at parties\[0\]\)/,
  },
  {
    name: 'duplicate option id',
    text: edit(base, '{ id: many,', '{ id: few,'),
    line: lineOf(base, '{ id: many,'),
    path: 'issues[1].options[2].id',
    message: /duplicate option of "monitors" id "few"/,
  },
  {
    name: 'duplicate YAML key',
    text: edit(base, 'title: Minimal test scenario\n', 'title: Minimal test scenario\ntitle: Again\n'),
    line: lineOf(base, 'title:') + 1,
    path: 'title',
    message: /^duplicate key "title" \(first at line \d+\)/,
  },
  {
    name: 'weight out of range',
    text: edit(
      base,
      'valley: { weight: 1, values: { north-keeps: 1,',
      'valley: { weight: 1.5, values: { north-keeps: 1,',
    ),
    line: lineOf(base, 'valley: { weight: 1, values: { north-keeps: 1,'),
    path: 'parties[0].preferences.valley.weight',
    message: /must be at most 1 \(got 1.5\)/,
  },
  {
    name: 'option value out of range',
    text: edit(base, 'north-keeps: 0, shared: 0.6', 'north-keeps: -0.1, shared: 0.6'),
    line: lineOf(base, 'north-keeps: 0, shared: 0.6'),
    path: 'parties[1].preferences.valley.values.north-keeps',
    message: /must be at least 0 \(got -0.1\)/,
  },
  {
    name: 'meter start out of range',
    text: edit(base, '    start: 30', '    start: 130'),
    line: lineOf(base, '    start: 30'),
    path: 'meters[1].start',
    message: /start 130 is outside the meter's range 0..100/,
  },
  {
    name: 'an issue with two options',
    text: edit(
      base,
      '      - { id: many, label: Many, description: A large mission., enforcement: 0.4 }\n',
      '',
    ).replace(
      'monitors: { weight: 1, values: { none: 0, few: 0.5, many: 1 } }',
      'monitors: { weight: 1, values: { none: 0, few: 0.5 } }',
    ),
    line: lineOf(base, '- { id: none,'),
    path: 'issues[1].options',
    message: /an issue has 3 to 5 options/,
  },
  {
    name: 'red line forbidding every option',
    text: edit(base, 'forbidden: [south-keeps]', 'forbidden: [south-keeps, shared, north-keeps]'),
    line: lineOf(base, 'forbidden: [south-keeps]'),
    path: 'parties[0].redLines[0].forbidden',
    message: /forbids every option of "valley"/,
  },
  {
    name: 'preference missing an option',
    text: edit(
      base,
      'values: { north-keeps: 0, shared: 0.6, south-keeps: 1 }',
      'values: { north-keeps: 0, shared: 0.6 }',
    ),
    line: lineOf(base, 'values: { north-keeps: 0, shared: 0.6, south-keeps: 1 }'),
    path: 'parties[1].preferences.valley.values',
    message: /no value for option "south-keeps"/,
  },
  {
    name: 'an issue that matters to nobody',
    text: edit(base, 'monitors: { weight: 1,', 'monitors: { weight: 0,'),
    line: lineOf(base, '  - id: monitors'),
    path: 'issues[1].id',
    message: /issue "monitors" has weight 0 for every party/,
  },
  {
    name: 'party away from the table with no channel',
    text: edit(base, '    reachedThrough: mediator\n', ''),
    line: lineOf(base, 'atTable: false'),
    path: 'parties[1].atTable',
    message: /needs "reachedThrough"/,
  },
  {
    name: '"self" outside a lever',
    text: edit(
      base,
      'meter: escalation, delta: 10 }',
      'meter: escalation, delta: 10 }\n      - { kind: trust, from: self, to: north, delta: 1 }',
    ),
    line: lineOf(base, 'meter: escalation, delta: 10') + 1,
    path: 'events[0].effects[1].from',
    message: /"self" can be used only inside a lever/,
  },
  {
    name: 'per-party meter without a party',
    text: edit(base, 'meter: escalation, delta: 10', 'meter: support, delta: 10'),
    line: lineOf(base, 'meter: escalation, delta: 10'),
    path: 'events[0].effects[0].party',
    message: /meter "support" is per party: say whose/,
  },
  {
    name: 'ratification by a party that does not sign',
    text: edit(
      base,
      '  pen: mediator\n',
      '  pen: mediator\n  ratification: [{ party: mediator, meter: support, atLeast: 40 }]\n',
    ),
    line: lineOf(base, '  pen: mediator') + 1,
    path: 'rules.ratification[0].party',
    message: /"mediator" is not a required signatory/,
  },
  {
    name: 'HTML in text',
    text: edit(base, 'publicPosition: Wants the valley back.', 'publicPosition: Wants <script>alert(1)</script> back.'),
    line: lineOf(base, 'publicPosition: Wants the valley back.'),
    path: 'parties[0].publicPosition',
    message: /text must be plain: it contains HTML markup/,
  },
  {
    name: 'HTML entity in text',
    text: edit(base, 'title: Clash on the line', 'title: Clash &amp; counter-clash'),
    line: lineOf(base, 'title: Clash on the line'),
    path: 'events[0].title',
    message: /HTML entity/,
  },
  {
    name: 'badly written colour',
    text: edit(base, "primary: '#336633'", "primary: 'green'"),
    line: lineOf(base, "primary: '#336633'"),
    path: 'parties[2].colours.primary',
    message: /a colour is written #rrggbb \(got the text "green"\)/,
  },
  {
    name: 'id in capitals',
    text: edit(base, 'id: test-note', 'id: Test-Note'),
    line: lineOf(base, 'id: test-note'),
    path: 'sources[0].id',
    message: /an id is lower-case letters/,
  },
  {
    name: '__proto__ key',
    text: edit(base, 'id: minimal\n', 'id: minimal\n__proto__: { polluted: true }\n'),
    line: lineOf(base, 'id: minimal') + 1,
    column: 1,
    path: '__proto__',
    message: /the key "__proto__" is not allowed/,
  },
  {
    name: 'constructor key deep inside',
    text: edit(base, '    reservation: { base: 0.2 }', '    reservation: { base: 0.2, constructor: 1 }'),
    line: lineOf(base, 'reservation: { base: 0.2 }'),
    path: 'parties[2].reservation.constructor',
    message: /the key "constructor" is not allowed/,
  },
  {
    name: 'alias bomb',
    text: `${base}\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${Array.from(
      { length: 8 },
      (_, i) => `x${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`,
    ).join('\n')}\n`,
    line: base.split('\n').length + 2,
    path: '',
    message: /aliases expand too far \(limit 100\)/,
  },
  {
    name: 'oversized file',
    text: `${base}\n# ${'x'.repeat(1024 * 1024)}\n`,
    line: 1,
    column: 1,
    path: '',
    message: /the file is 1\.0 MiB; a scenario file may be at most 1 MiB/,
  },
];

describe('a malformed scenario gets its specific, located error', () => {
  it.each(cases)('$name', ({ text, line, column, path, message }) => {
    const errors = errorsOf(text);
    const match = errors.find((error) => message.test(error.message));
    expect(match, `errors were:\n${errors.map(formatScenarioError).join('\n')}`).toBeDefined();
    expect(match?.path).toBe(path);
    expect(match?.line).toBe(line);
    if (column !== undefined) expect(match?.column).toBe(column);
  });

  it('prints each error as one line naming the file, place, path and problem', () => {
    const [error] = errorsOf(edit(base, '      - issue: valley', '      - issue: valey'), 'scenarios/x.yaml');
    expect(error && formatScenarioError(error)).toBe(
      `scenarios/x.yaml:${lineOf(base, '- issue: valley')}:16 parties[0].redLines[0].issue: unknown issue "valey" (known: valley, monitors)`,
    );
  });

  it('leaves Object.prototype alone when a file tries __proto__', () => {
    errorsOf(edit(base, 'id: minimal\n', 'id: minimal\n__proto__: { polluted: true }\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
