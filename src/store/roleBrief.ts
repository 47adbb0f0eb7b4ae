// A confidential role brief as data: who a seat is, what it wants and how much (its private priorities as a ranked
// list), what it will not sign and how firmly, what no deal is worth to it, the levers it can pull, who else sits
// at the table, and the rules that matter to it. Pure: the printable page (src/ui/roleBriefPage.ts) only lays it out.
//
// Private numbers differ from game to game: each seed draws the weights, firmness and no-deal values within the
// scenario's `rules.variation` bands (src/engine/createGame.ts). A brief for a seeded game therefore reads the
// numbers from that game's state, and a brief without a game shows the scenario's base numbers and says so.
import { compileScenario, createGame, reservationValue } from '../engine';
import type { CompiledScenario, GameState, PartyId, SeatKind } from '../engine';
import { describeCondition } from '../engine/effects';
import type { Effect } from '../scenario/schema/effects';
import type { Party } from '../scenario/schema/parties';
import type { Lever, Scenario } from '../scenario/schema/scenario';

/** A scenario as the catalogue holds it, or compiled as the session holds it: either will do. */
export type BriefSource = Scenario | CompiledScenario;

export type PriorityWords = 'top priority' | 'high priority' | 'medium priority' | 'low priority' | 'no stake';

export interface PriorityLine {
  /** 1 for the issue that matters most; ties keep the scenario's issue order. */
  rank: number;
  issueId: string;
  issueLabel: string;
  issueDescription: string;
  words: PriorityWords;
  /** The issue's weight (0..1) in the numbers this brief shows. */
  weight: number;
  /** Its share of everything a text can be worth to you: weights normalised to sum to 1. */
  share: number;
  /** Every option in the scenario's order, with what it is worth to you (0 worst, 1 best). */
  options: { id: string; label: string; value: number }[];
}

export type FirmnessWords = 'absolute' | 'very firm' | 'firm' | 'fairly firm' | 'soft';

export interface RedLineLine {
  issueLabel: string;
  /** The options you will not sign, in words. */
  forbidden: string[];
  firmness: number;
  firmnessWords: FirmnessWords;
  /** At least the scenario's binding firmness: you will not sign a text that crosses it. */
  veto: boolean;
  /** Public red lines are known to every party; private ones only to you. */
  public: boolean;
  reason: string;
  /** The whole line in one sentence, for the page. */
  summary: string;
}

export interface ReservationSummary {
  value: number;
  words: string;
  /** What moves it during the talks, e.g. "Falls as your War cost rises". */
  drivers: string[];
  summary: string;
}

export interface LeverLine {
  id: string;
  label: string;
  description: string;
  /** e.g. "15 Political capital"; "free" when it costs nothing. */
  cost: string;
  effects: string[];
  /** Who it can be aimed at, in words; null for a lever with no target. */
  target: string | null;
  conditions: string[];
  notes: string[];
}

export interface MeterLine {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  description: string;
}

export interface OtherPartyLine {
  id: PartyId;
  name: string;
  leaders: string[];
  role: string;
  signatory: boolean;
  /** e.g. "Not at the table: reached through the United States"; null when the party is in the room. */
  presence: string | null;
  publicPosition: string;
  /** Their public red lines (known to all), in words. */
  publicRedLines: string[];
  /** How much you trust them, on the scenario's trust scale. */
  yourTrust: number;
}

export interface SourceLine {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  note: string | null;
  /** The scenario cites it for your party's positions. */
  citedForYou: boolean;
}

/** What every player of a scenario reads before the first round: the shape of the talks, in facts. */
export interface TableRules {
  rounds: number;
  actionsPerRound: number;
  pen: string;
  counterDrafts: string[];
  signatories: string[];
  /** e.g. { label: 'Escalation', atLeast: 90 }. */
  collapse: { label: string; atLeast: number };
  ratifies: boolean;
  epilogueMonths: number;
  /** Parties heard only through another, e.g. "Russia (through the United States)". */
  awayFromTable: string[];
}

export type BriefNumbers =
  { kind: 'game'; seed: string; round: number; note: string } | { kind: 'scenario'; note: string };

export interface RoleBrief {
  scenario: { id: string; title: string; date: string; summary: string; language: string };
  numbers: BriefNumbers;
  party: {
    id: PartyId;
    name: string;
    shortName: string;
    leaders: string[];
    /** e.g. "Signatory", "Convenor"; with the seat's difficulty. */
    role: string;
    difficulty: string;
    seatNote: string;
    members: string[];
    /** What everyone may read about you. */
    publicBrief: string[];
  };
  publicPosition: string;
  /** The scenario's confidential brief for this seat, as paragraphs. */
  privateBrief: string[];
  /** What this seat can and must do at the table, in sentences. */
  yourPart: string[];
  priorities: PriorityLine[];
  redLines: RedLineLine[];
  reservation: ReservationSummary;
  meters: MeterLine[];
  levers: LeverLine[];
  others: OtherPartyLine[];
  deadline: number;
  rules: string[];
  sources: SourceLine[];
  mapNote: string | null;
  signatory: boolean;
  holdsPen: boolean;
  /** The support a signed text needs at home, and where it stands; null for a party that does not ratify. */
  ratification: { meterLabel: string; atLeast: number; now: string } | null;
  table: TableRules;
}

const compiledCache = new WeakMap<Scenario, CompiledScenario>();

function compiledOf(source: BriefSource): CompiledScenario {
  if ('partyIndex' in source) return source;
  let compiled = compiledCache.get(source);
  if (!compiled) {
    compiled = compileScenario(source);
    compiledCache.set(source, compiled);
  }
  return compiled;
}

/** Scenario text folds paragraphs with blank lines; a brief prints them as paragraphs. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

function signed(value: number, decimals = 0): string {
  const text = Math.abs(value).toFixed(decimals);
  return `${value < 0 ? '−' : '+'}${text}`;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const ROLE_WORDS: Record<Party['role'], string> = {
  convenor: 'Convenor of the talks',
  signatory: 'Signatory',
  guarantor: 'Guarantor',
  observer: 'Observer',
};

export function priorityWords(weight: number, topWeight: number): PriorityWords {
  if (weight <= 0 || topWeight <= 0) return 'no stake';
  const ratio = weight / topWeight;
  if (ratio >= 0.999) return 'top priority';
  if (ratio >= 0.8) return 'high priority';
  if (ratio >= 0.5) return 'medium priority';
  return 'low priority';
}

export function firmnessWords(firmness: number, bindingAt: number): FirmnessWords {
  if (firmness >= 1) return 'absolute';
  if (firmness < bindingAt) return 'soft';
  if (firmness >= 0.9) return 'very firm';
  if (firmness >= 0.75) return 'firm';
  return 'fairly firm';
}

export function reservationWords(value: number): string {
  if (value < 0.3) return 'low: almost any reasonable deal beats fighting on';
  if (value < 0.45) return 'moderate: a deal has to give you something real';
  if (value < 0.6) return 'high: only a good deal beats no deal';
  return 'very high: only a very good deal beats no deal';
}

/** The private numbers the brief shows: those of a game in progress, or the scenario's own. */
interface PrivateNumbers {
  weights: Record<string, number>;
  firmness: number[];
  reservation: number;
  partyMeters: Record<string, number>;
  sharedMeters: Record<string, number>;
  trust: Record<string, number>;
  deadline: number;
}

function numbersFor(compiled: CompiledScenario, party: Party, game: GameState | null): PrivateNumbers {
  const { scenario } = compiled;
  if (game) {
    return {
      weights: game.weights[party.id] ?? {},
      firmness: game.firmness[party.id] ?? party.redLines.map((line) => line.firmness),
      reservation: reservationValue(compiled, game, party.id),
      partyMeters: game.partyMeters[party.id] ?? {},
      sharedMeters: game.sharedMeters,
      trust: game.trust[party.id] ?? {},
      deadline: game.deadline,
    };
  }
  return {
    weights: Object.fromEntries(scenario.issues.map((issue) => [issue.id, party.preferences[issue.id]?.weight ?? 0])),
    firmness: party.redLines.map((line) => line.firmness),
    reservation: Math.min(1, Math.max(0, party.reservation.base)),
    partyMeters: Object.fromEntries(
      scenario.meters
        .filter((meter) => meter.scope === 'party')
        .map((meter) => [meter.id, party.meters[meter.id] ?? meter.start]),
    ),
    sharedMeters: Object.fromEntries(
      scenario.meters.filter((meter) => meter.scope === 'shared').map((meter) => [meter.id, meter.start]),
    ),
    trust: Object.fromEntries(
      scenario.parties
        .filter((other) => other.id !== party.id)
        .map((other) => [other.id, party.trust[other.id] ?? scenario.rules.trust.start]),
    ),
    deadline: scenario.rules.rounds,
  };
}

/**
 * The brief of one seat. With a game, the private numbers are that game's (pass the session's `initial` state for
 * the numbers the game started with); without one, the scenario's base numbers.
 */
export function buildRoleBrief(source: BriefSource, partyId: PartyId, game: GameState | null = null): RoleBrief {
  const compiled = compiledOf(source);
  const { scenario } = compiled;
  const party = compiled.party.get(partyId);
  if (!party) throw new Error(`there is no party "${partyId}" in scenario "${scenario.id}"`);
  if (game && (game.scenarioId !== scenario.id || game.scenarioHash !== compiled.hash))
    throw new Error(`this game was played with another scenario ("${game.scenarioId}"), not "${scenario.id}"`);

  const numbers = numbersFor(compiled, party, game);
  const nameOf = (id: PartyId) => (id === partyId ? 'you' : (compiled.party.get(id)?.name ?? id));
  const bindingAt = scenario.rules.redLineBindingAt;

  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      date: scenario.date,
      summary: scenario.summary,
      language: scenario.language,
    },
    numbers: briefNumbers(compiled, game),
    party: {
      id: party.id,
      name: party.name,
      shortName: party.shortName,
      leaders: party.leaders.map((leader) => `${leader.name}, ${leader.title}`),
      role: ROLE_WORDS[party.role],
      difficulty: party.seat.difficulty,
      seatNote: party.seat.note,
      members: party.members ?? [],
      publicBrief: paragraphsOf(party.brief.public),
    },
    publicPosition: party.publicPosition,
    privateBrief: paragraphsOf(party.brief.private),
    yourPart: yourPart(compiled, party),
    priorities: prioritiesOf(compiled, party, numbers.weights),
    redLines: party.redLines.map((line, index) => {
      const issue = scenario.issues.find((candidate) => candidate.id === line.issue);
      const firmness = numbers.firmness[index] ?? line.firmness;
      const forbidden = line.forbidden.map(
        (optionId) => issue?.options.find((option) => option.id === optionId)?.label ?? optionId,
      );
      const words = firmnessWords(firmness, bindingAt);
      const veto = firmness >= bindingAt;
      const issueLabel = issue?.label ?? line.issue;
      return {
        issueLabel,
        forbidden,
        firmness,
        firmnessWords: words,
        veto,
        public: line.public,
        reason: line.reason,
        summary:
          `${issueLabel}: you will not accept ${listInWords(forbidden.map((label) => `"${label}"`))}. ` +
          `${capitalised(words)} (${firmness.toFixed(2)}): ` +
          (veto
            ? `a veto, you will not sign a text that crosses it${firmness < 1 ? ', though pressure can wear it down' : ''}.`
            : 'not a veto any more; crossing it costs you, but a well-compensated text may still be worth signing.') +
          (line.public ? ' Public: every party knows it.' : ' Private: only you know it.'),
      };
    }),
    reservation: reservationOf(compiled, party, numbers.reservation),
    meters: scenario.meters
      .filter((meter) => meter.scope === 'party')
      .map((meter) => ({
        id: meter.id,
        label: meter.label,
        value: numbers.partyMeters[meter.id] ?? meter.start,
        min: meter.min,
        max: meter.max,
        description: meter.description,
      })),
    levers: (compiled.leversByParty.get(partyId) ?? []).map((lever) => leverLine(compiled, partyId, lever, nameOf)),
    others: scenario.parties
      .filter((other) => other.id !== partyId)
      .map((other) => otherPartyLine(compiled, other, numbers.trust[other.id])),
    deadline: numbers.deadline,
    rules: rulesOf(compiled, party, numbers),
    sources: scenario.sources.map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      date: source.date,
      url: source.url ?? null,
      note: source.note ?? null,
      citedForYou: party.sources.includes(source.id),
    })),
    mapNote: scenario.map?.note ?? null,
    signatory: compiled.isSignatory.has(party.id),
    holdsPen: scenario.rules.pen === party.id,
    ratification: ratificationOf(compiled, party, numbers),
    table: tableRulesOf(compiled),
  };
}

function ratificationOf(compiled: CompiledScenario, party: Party, numbers: PrivateNumbers): RoleBrief['ratification'] {
  const rule = compiled.scenario.rules.ratification.find((entry) => entry.party === party.id);
  if (!rule) return null;
  const now = numbers.partyMeters[rule.meter] ?? party.meters[rule.meter] ?? compiled.meter.get(rule.meter)?.start;
  return {
    meterLabel: compiled.meter.get(rule.meter)?.label ?? rule.meter,
    atLeast: rule.atLeast,
    now: now === undefined ? 'unknown' : formatMeter(now),
  };
}

function tableRulesOf(compiled: CompiledScenario): TableRules {
  const { rules, parties } = compiled.scenario;
  const nameOf = (id: PartyId) => compiled.party.get(id)?.name ?? id;
  return {
    rounds: rules.rounds,
    actionsPerRound: rules.actionsPerRound,
    pen: nameOf(rules.pen),
    counterDrafts: rules.counterDrafts.map(nameOf),
    signatories: rules.requiredSignatories.map(nameOf),
    collapse: {
      label: compiled.meter.get(rules.collapse.meter)?.label ?? rules.collapse.meter,
      atLeast: rules.collapse.atLeast,
    },
    ratifies: rules.ratification.length > 0,
    epilogueMonths: rules.epilogue.months,
    awayFromTable: parties
      .filter((party) => !party.atTable)
      .map((party) => `${party.name}${party.reachedThrough ? ` (through ${nameOf(party.reachedThrough)})` : ''}`),
  };
}

/**
 * One brief per seat, in the scenario's table order: a class set for the teacher. By default every playable seat;
 * pass `partyIds` to print only some (for instance the seats humans play).
 */
export function buildRoleBriefs(
  source: BriefSource,
  game: GameState | null = null,
  partyIds?: readonly PartyId[],
): RoleBrief[] {
  const compiled = compiledOf(source);
  const ids = partyIds ?? compiled.scenario.parties.filter((party) => party.seat.playable).map((party) => party.id);
  return ids.map((id) => buildRoleBrief(compiled, id, game));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function briefNumbers(compiled: CompiledScenario, game: GameState | null): BriefNumbers {
  if (game) {
    return {
      kind: 'game',
      seed: game.seed,
      round: game.round,
      note:
        `The private numbers in this brief are those of the game with seed "${game.seed}"` +
        (game.round > 1 ? `, as they stand in round ${game.round}.` : ', as it starts.') +
        ' Another seed draws other numbers. Where they differ from the words of your brief, the numbers are what count in this game.',
    };
  }
  const { weights, firmness, reservation } = compiled.scenario.rules.variation;
  const bands = [
    weights > 0 ? `issue weights by up to ±${Math.round(weights * 100)}%` : '',
    firmness > 0 ? `red-line firmness by up to ±${firmness.toFixed(2)}` : '',
    reservation > 0 ? `the no-deal value by up to ±${reservation.toFixed(2)}` : '',
  ].filter(Boolean);
  return {
    kind: 'scenario',
    note:
      "The numbers in this brief are the scenario's base numbers." +
      (bands.length > 0
        ? ` Each game draws its own private numbers around them: ${listInWords(bands)}.`
        : ' Every game uses exactly these numbers.'),
  };
}

function prioritiesOf(compiled: CompiledScenario, party: Party, weights: Record<string, number>): PriorityLine[] {
  const issues = compiled.scenario.issues;
  const weightOf = (issueId: string) => Math.max(0, weights[issueId] ?? 0);
  const total = issues.reduce((sum, issue) => sum + weightOf(issue.id), 0);
  const top = Math.max(0, ...issues.map((issue) => weightOf(issue.id)));
  return issues
    .map((issue, order) => ({ issue, order, weight: weightOf(issue.id) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ issue, weight }, index) => ({
      rank: index + 1,
      issueId: issue.id,
      issueLabel: issue.label,
      issueDescription: issue.description,
      words: priorityWords(weight, top),
      weight,
      share: total > 0 ? weight / total : 0,
      options: issue.options.map((option) => ({
        id: option.id,
        label: option.label,
        value: party.preferences[issue.id]?.values[option.id] ?? 0,
      })),
    }));
}

function reservationOf(compiled: CompiledScenario, party: Party, value: number): ReservationSummary {
  const drivers = party.reservation.drivers
    .filter((driver) => driver.weight !== 0)
    .map((driver) => {
      const meter = compiled.meter.get(driver.meter);
      const label = meter?.label ?? driver.meter;
      const owner = meter?.scope === 'shared' ? null : (driver.party ?? party.id);
      const whose =
        owner === null ? label : owner === party.id ? `your ${label}` : `${compiled.party.get(owner)?.name}'s ${label}`;
      return `${driver.weight > 0 ? 'Rises' : 'Falls'} as ${whose} rises`;
    });
  return {
    value,
    words: reservationWords(value),
    drivers,
    summary:
      `No deal is worth ${value.toFixed(2)} to you, on the same 0 to 1 scale as a text: ` +
      'a text worth less than that to you is worse than no deal.',
  };
}

function leverLine(
  compiled: CompiledScenario,
  partyId: PartyId,
  lever: Lever,
  nameOf: (id: PartyId) => string,
): LeverLine {
  const costs = Object.entries(lever.cost)
    .filter(([, amount]) => amount > 0)
    .map(([meterId, amount]) => `${amount} ${compiled.meter.get(meterId)?.label ?? meterId}`);
  const targets = lever.targets?.filter((id) => id !== partyId) ?? null;
  const notes = [
    lever.pledge
      ? `A public pledge: breaking it later costs you ${compiled.scenario.rules.pledgeBreachTrust} trust with every other party.`
      : '',
    lever.oncePerGame ? 'Once per game.' : '',
  ].filter(Boolean);
  return {
    id: lever.id,
    label: lever.label,
    description: lever.description,
    cost: costs.length > 0 ? costs.join(', ') : 'free',
    effects: lever.effects.map((effect) => describeEffect(compiled, effect, nameOf)),
    target: targets === null ? null : listInWords(targets.map((id) => compiled.party.get(id)?.name ?? id)),
    conditions: lever.conditions.map((condition) => describeCondition(compiled, condition)),
    notes,
  };
}

/** One effect in words, from the point of view of the brief's reader (`self` is "you"). */
export function describeEffect(
  compiled: CompiledScenario,
  effect: Effect,
  nameOf: (id: PartyId) => string = (id) => compiled.party.get(id)?.name ?? id,
): string {
  const who = (ref: string | undefined): string => {
    if (ref === undefined || ref === 'self') return 'you';
    if (ref === 'target') return 'the target';
    if (ref === 'all') return 'every party';
    return nameOf(ref);
  };
  const whose = (ref: string | undefined): string => {
    const name = who(ref);
    return name === 'you' ? 'your' : `${name}'s`;
  };
  const issueLabel = (issueId: string) =>
    compiled.scenario.issues.find((issue) => issue.id === issueId)?.label ?? issueId;
  switch (effect.kind) {
    case 'meter': {
      const meter = compiled.meter.get(effect.meter);
      const label = meter?.label ?? effect.meter;
      if (meter?.scope === 'shared') return `${label} ${signed(effect.delta)}`;
      return `${capitalised(whose(effect.party))} ${label} ${signed(effect.delta)}`;
    }
    case 'trust': {
      const from = who(effect.from);
      const to = who(effect.to);
      const verb = from === 'you' ? 'trust' : 'trusts';
      return `${capitalised(from)} ${verb} ${to} ${effect.delta >= 0 ? 'more' : 'less'} (${signed(effect.delta)})`;
    }
    case 'firmness':
      return `${effect.delta < 0 ? 'Softens' : 'Hardens'} ${whose(effect.party)} red lines on ${issueLabel(effect.issue)} (${signed(effect.delta, 2)})`;
    case 'weight':
      return `${issueLabel(effect.issue)} matters ${effect.delta >= 0 ? 'more' : 'less'} to ${who(effect.party)} (${signed(effect.delta, 2)})`;
    case 'reservation':
      return `${effect.delta >= 0 ? 'Raises' : 'Lowers'} what no deal is worth to ${who(effect.party)} (${signed(effect.delta, 2)})`;
    case 'reveal': {
      const sharpness = effect.noise <= 0.1 ? 'almost exactly' : effect.noise <= 0.3 ? 'roughly' : 'vaguely';
      return `Shows you ${whose(effect.party)} priorities, ${sharpness} (give or take ${effect.noise.toFixed(2)})`;
    }
    case 'deadline':
      return `Moves the deadline by ${signed(effect.delta)} round${Math.abs(effect.delta) === 1 ? '' : 's'}`;
  }
}

function otherPartyLine(compiled: CompiledScenario, other: Party, trust: number | undefined): OtherPartyLine {
  const carrier = other.reachedThrough ? (compiled.party.get(other.reachedThrough)?.name ?? other.reachedThrough) : '';
  return {
    id: other.id,
    name: other.name,
    leaders: other.leaders.map((leader) => `${leader.name}, ${leader.title}`),
    role: ROLE_WORDS[other.role],
    signatory: compiled.isSignatory.has(other.id),
    presence: other.atTable ? null : `Not at the table${carrier ? `: reached through ${carrier}` : ''}`,
    publicPosition: other.publicPosition,
    publicRedLines: other.redLines
      .filter((line) => line.public)
      .map((line) => {
        const issue = compiled.scenario.issues.find((candidate) => candidate.id === line.issue);
        const labels = line.forbidden.map(
          (optionId) => issue?.options.find((option) => option.id === optionId)?.label ?? optionId,
        );
        return `${issue?.label ?? line.issue}: not ${listInWords(labels.map((label) => `"${label}"`))}`;
      }),
    yourTrust: trust ?? compiled.scenario.rules.trust.start,
  };
}

function yourPart(compiled: CompiledScenario, party: Party): string[] {
  const { rules } = compiled.scenario;
  const nameOf = (id: PartyId) => compiled.party.get(id)?.name ?? id;
  const lines: string[] = [];
  if (rules.pen === party.id) lines.push('You hold the pen: every round you table the draft text first.');
  else if (rules.counterDrafts.includes(party.id)) lines.push('You may table a counter-draft every round.');
  if (compiled.isSignatory.has(party.id)) {
    lines.push(
      'Your signature is required: there is no ceasefire without your acceptance. You answer every draft, with your reason, and you may walk out.',
    );
  } else {
    lines.push(
      'Your signature is not required: you shape the deal through levers, meetings, pledges and pressure on those who sign.',
    );
  }
  if (!party.atTable) {
    const via = party.reachedThrough ? nameOf(party.reachedThrough) : 'another party';
    lines.push(
      `You are not at the table: drafts reach you through ${via}, and your answers come back ${rules.channelDelay} round${rules.channelDelay === 1 ? '' : 's'} later. You can meet only ${via}.`,
    );
  }
  const carried = compiled.scenario.parties.filter((other) => !other.atTable && other.reachedThrough === party.id);
  if (carried.length > 0) {
    lines.push(
      `You carry drafts to ${listInWords(carried.map((other) => other.name))}, who ${carried.length === 1 ? 'is' : 'are'} not at the table; only you can meet ${carried.length === 1 ? 'them' : 'each of them'}.`,
    );
  }
  return lines;
}

function rulesOf(compiled: CompiledScenario, party: Party, numbers: PrivateNumbers): string[] {
  const { rules } = compiled.scenario;
  const nameOf = (id: PartyId) => compiled.party.get(id)?.name ?? id;
  const meterLabel = (id: string) => compiled.meter.get(id)?.label ?? id;
  const lines: string[] = [];
  lines.push(
    `The talks end after round ${numbers.deadline}` +
      (rules.maxDeadlineExtension > 0
        ? `; the facilitator may extend the deadline by at most ${rules.maxDeadlineExtension} round${rules.maxDeadlineExtension === 1 ? '' : 's'} in all.`
        : '.'),
  );
  lines.push(
    `Each round: news, then diplomacy (up to ${rules.actionsPerRound} levers, meetings or pledges per seat), then the drafts, then the answers, then the world moves.`,
  );
  lines.push(
    `${nameOf(rules.pen)} holds the pen` +
      (rules.counterDrafts.length > 0
        ? `; ${listInWords(rules.counterDrafts.map(nameOf))} may table counter-drafts.`
        : '.'),
  );
  lines.push(`A ceasefire needs the signatures of ${listInWords(rules.requiredSignatories.map(nameOf))}.`);
  for (const absent of compiled.scenario.parties.filter(
    (other) => !other.atTable && compiled.isSignatory.has(other.id) && other.id !== party.id,
  )) {
    const via = absent.reachedThrough ? nameOf(absent.reachedThrough) : 'another party';
    lines.push(
      `${absent.name} is not at the table: drafts reach it through ${via}, and its answer comes ${rules.channelDelay} round${rules.channelDelay === 1 ? '' : 's'} later.`,
    );
  }
  lines.push(
    `Red lines at least ${rules.redLineBindingAt.toFixed(2)} firm are vetoes; softer ones are trade-offs that cost utility when crossed.`,
  );
  const ratification = rules.ratification.find((entry) => entry.party === party.id);
  if (ratification) {
    const now = numbers.partyMeters[ratification.meter] ?? party.meters[ratification.meter];
    lines.push(
      `After signing, your ${meterLabel(ratification.meter)} must be at least ${ratification.atLeast} for the deal to be ratified at home` +
        (now === undefined ? '.' : ` (it is ${formatMeter(now)} now).`) +
        (ratification.swing > 0 ? ' A deal worth more to you than no deal raises it; one worth less lowers it.' : ''),
    );
  }
  const collapse = rules.collapse;
  const collapseNow = numbers.sharedMeters[collapse.meter];
  lines.push(
    `If ${meterLabel(collapse.meter)} reaches ${collapse.atLeast}, the talks collapse` +
      (collapseNow === undefined ? '.' : ` (it stands at ${formatMeter(collapseNow)}).`),
  );
  lines.push(
    `A signed and ratified ceasefire is then tested for ${rules.epilogue.months} months: guarantees, monitors and forces in the text make it more likely to hold.`,
  );
  lines.push(
    `A bilateral meeting is open to every seat as one of its actions: it builds trust both ways (+${rules.meeting.trust}) and gives a rough picture of the other side's priorities.`,
  );
  lines.push(
    `Public pledges are recorded: accepting a text you publicly refused costs you ${rules.pledgeBreachTrust} trust with every other party.`,
  );
  return lines;
}

function formatMeter(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The briefs of the human seats of a game about to start (scenario, seed and seats as chosen in setup), with the
 * private numbers that seed draws — what a teacher prints and hands out before the first round.
 */
export function briefsForSetup(
  scenario: Scenario,
  seed: string,
  seats: Readonly<Record<PartyId, SeatKind>>,
): RoleBrief[] {
  const compiled = compileScenario(scenario);
  const game = createGame(compiled, { seed, seats: { ...seats } });
  const humans = compiled.partyIds.filter((id) => seats[id] === 'human');
  return buildRoleBriefs(compiled, game, humans.length > 0 ? humans : undefined);
}
