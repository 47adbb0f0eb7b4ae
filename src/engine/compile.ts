// A scenario indexed for the rules: lookups by id, and per-issue tables the model and the AI read thousands of
// times a game. Built once per scenario, never part of the game state (the state stays small plain JSON).
import type { Lever, Meter, NewsEvent, Scenario } from '../scenario/schema/scenario';
import type { Party } from '../scenario/schema/parties';
import { hashJson } from './hash';

export interface CompiledScenario {
  scenario: Scenario;
  hash: string;
  partyIds: string[];
  party: Map<string, Party>;
  partyIndex: Map<string, number>;
  issueIds: string[];
  optionIds: string[][];
  issueIndex: Map<string, number>;
  /** optionIndex[i].get(optionId) */
  optionIndex: Map<string, number>[];
  meter: Map<string, Meter>;
  lever: Map<string, Lever>;
  event: Map<string, NewsEvent>;
  /** values[p][i][o]: the scenario's value of option o of issue i for party p (0 where the party gave none). */
  values: number[][][];
  /** bestValue[p][i]: the party's best option value on each issue (its ideal text, red lines aside). */
  bestValue: number[][];
  /** enforcement[i][o]: how much the clause deters and answers violations. */
  enforcement: number[][];
  leversByParty: Map<string, Lever[]>;
  signatories: string[];
  /** The required signatories in table order: the order in which answers are given. */
  answerOrder: string[];
  isSignatory: Set<string>;
  /** Required signatories away from the table, answering through a channel. */
  answersThroughChannel: Set<string>;
  /** Parties whose seat is at the table. */
  seated: string[];
}

export function compileScenario(scenario: Scenario): CompiledScenario {
  const partyIds = scenario.parties.map((party) => party.id);
  const issueIds = scenario.issues.map((issue) => issue.id);
  const optionIds = scenario.issues.map((issue) => issue.options.map((option) => option.id));
  const optionIndex = optionIds.map((ids) => new Map(ids.map((id, index) => [id, index])));
  const values = scenario.parties.map((party) =>
    scenario.issues.map((issue) => issue.options.map((option) => party.preferences[issue.id]?.values[option.id] ?? 0)),
  );
  const leversByParty = new Map<string, Lever[]>(partyIds.map((id) => [id, []]));
  for (const lever of scenario.levers) for (const id of lever.playableBy) leversByParty.get(id)?.push(lever);

  return {
    scenario,
    hash: hashJson(scenario),
    partyIds,
    party: new Map(scenario.parties.map((party) => [party.id, party])),
    partyIndex: new Map(partyIds.map((id, index) => [id, index])),
    issueIds,
    optionIds,
    issueIndex: new Map(issueIds.map((id, index) => [id, index])),
    optionIndex,
    meter: new Map(scenario.meters.map((meter) => [meter.id, meter])),
    lever: new Map(scenario.levers.map((lever) => [lever.id, lever])),
    event: new Map(scenario.events.map((event) => [event.id, event])),
    values,
    bestValue: values.map((byIssue) => byIssue.map((byOption) => Math.max(0, ...byOption))),
    enforcement: scenario.issues.map((issue) => issue.options.map((option) => option.enforcement)),
    leversByParty,
    signatories: scenario.rules.requiredSignatories,
    answerOrder: partyIds.filter((id) => scenario.rules.requiredSignatories.includes(id)),
    isSignatory: new Set(scenario.rules.requiredSignatories),
    answersThroughChannel: new Set(
      scenario.parties
        .filter((party) => !party.atTable && scenario.rules.requiredSignatories.includes(party.id))
        .map((party) => party.id),
    ),
    seated: scenario.parties.filter((party) => party.atTable).map((party) => party.id),
  };
}
