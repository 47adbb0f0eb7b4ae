// Checks what the schema alone cannot: that every id a scenario mentions exists, ids are unique, and numbers are
// consistent with each other (meter ranges, trust range, red lines that leave something to sign). Runs only on a
// document the schema accepted, so it may trust the shapes.
import { knownList, knownNames } from './errors';
import type { KnownNames, LazyMessage, ScenarioPath } from './errors';
import { quoteText } from './quoteText';
import type { Condition, Effect } from './schema/effects';
import type { Party } from './schema/parties';
import type { Meter, Scenario } from './schema/scenario';

export interface CrossReferenceProblem {
  path: ScenarioPath;
  message: LazyMessage;
}

/** Where an effect or condition sits decides which party words it may use. */
interface PartyWords {
  self: boolean;
  target: boolean;
}

export function checkCrossReferences(scenario: Scenario): CrossReferenceProblem[] {
  const problems: CrossReferenceProblem[] = [];
  const report = (path: ScenarioPath, message: LazyMessage) => problems.push({ path, message });
  // Worded later, and only if shown: a file can hold thousands of unknown references to the same list.
  const unknown = (path: ScenarioPath, what: string, value: string, known: KnownNames | Iterable<string>) =>
    report(path, () => `unknown ${what} ${quoteText(value)} ${knownList(value, known)}`);

  const partyIds = uniqueIds(scenario.parties, ['parties'], 'party', report);
  const issueIds = uniqueIds(scenario.issues, ['issues'], 'issue', report);
  const meterIds = uniqueIds(scenario.meters, ['meters'], 'meter', report);
  uniqueIds(scenario.levers, ['levers'], 'lever', report);
  const eventIds = uniqueIds(scenario.events, ['events'], 'event', report);
  const sourceIds = uniqueIds(scenario.sources, ['sources'], 'source', report);
  const featureIds = uniqueIds(scenario.map?.features ?? [], ['map', 'features'], 'map feature', report);

  const metersById = new Map<string, Meter>(scenario.meters.map((meter) => [meter.id, meter]));
  const partiesById = new Map<string, Party>(scenario.parties.map((party) => [party.id, party]));
  const optionsByIssue = new Map<string, string[]>();
  scenario.issues.forEach((issue, issueIndex) => {
    const optionIds = uniqueIds(issue.options, ['issues', issueIndex, 'options'], `option of "${issue.id}"`, report);
    optionsByIssue.set(issue.id, [...optionIds]);
    checkSources(issue.sources, ['issues', issueIndex, 'sources']);
    issue.options.forEach((option, optionIndex) => {
      const optionPath = ['issues', issueIndex, 'options', optionIndex];
      option.map.forEach((feature, featureIndex) => {
        if (!featureIds.has(feature)) unknown([...optionPath, 'map', featureIndex], 'map feature', feature, featureIds);
      });
      option.guarantors.forEach((party, partyIndex) => {
        if (!partyIds.has(party)) unknown([...optionPath, 'guarantors', partyIndex], 'party', party, partyIds);
      });
    });
  });

  function checkSources(ids: readonly string[], path: ScenarioPath) {
    ids.forEach((id, index) => {
      if (!sourceIds.has(id)) unknown([...path, index], 'source', id, sourceIds);
    });
  }

  function checkParty(id: string, path: ScenarioPath) {
    if (!partyIds.has(id)) {
      unknown(path, 'party', id, partyIds);
      return false;
    }
    return true;
  }

  function checkPartyRef(ref: string | undefined, path: ScenarioPath, words: PartyWords) {
    if (ref === undefined || ref === 'all' || partyIds.has(ref)) return;
    if (ref === 'self' && words.self) return;
    if (ref === 'target' && words.target) return;
    if (ref === 'self' || ref === 'target') {
      const where = ref === 'self' ? 'only inside a lever' : 'only inside a lever that has targets';
      report(path, `"${ref}" can be used ${where}`);
      return;
    }
    unknown(path, 'party', ref, partyWordsAllowed(words));
  }

  /** The party words allowed in a place, prepared once per kind of place rather than once per error. */
  const allowedByPlace = new Map<string, KnownNames>();
  function partyWordsAllowed(words: PartyWords): KnownNames {
    const place = `${words.self}/${words.target}`;
    let allowed = allowedByPlace.get(place);
    if (!allowed) {
      allowed = knownNames([...partyIds, 'all', ...(words.self ? ['self'] : []), ...(words.target ? ['target'] : [])]);
      allowedByPlace.set(place, allowed);
    }
    return allowed;
  }

  function checkIssue(id: string, path: ScenarioPath) {
    if (issueIds.has(id)) return true;
    unknown(path, 'issue', id, issueIds);
    return false;
  }

  /** A meter reference: it must exist, and a per-party meter needs a party while a shared one must not have one. */
  function checkMeterUse(meterId: string, party: string | undefined, path: ScenarioPath, words: PartyWords) {
    const meter = metersById.get(meterId);
    if (!meter) {
      unknown([...path, 'meter'], 'meter', meterId, meterIds);
      return;
    }
    if (meter.scope === 'party' && party === undefined)
      report([...path, 'party'], `meter "${meterId}" is per party: say whose with "party"`);
    if (meter.scope === 'shared' && party !== undefined)
      report([...path, 'party'], `meter "${meterId}" is shared by the whole table: remove "party"`);
    checkPartyRef(party, [...path, 'party'], words);
  }

  function checkEffects(effects: readonly Effect[], path: ScenarioPath, words: PartyWords) {
    effects.forEach((effect, index) => {
      const at: ScenarioPath = [...path, index];
      switch (effect.kind) {
        case 'meter':
          checkMeterUse(effect.meter, effect.party, at, words);
          break;
        case 'trust':
          checkPartyRef(effect.from, [...at, 'from'], words);
          checkPartyRef(effect.to, [...at, 'to'], words);
          break;
        case 'firmness':
        case 'weight':
          checkPartyRef(effect.party, [...at, 'party'], words);
          checkIssue(effect.issue, [...at, 'issue']);
          break;
        case 'reservation':
        case 'reveal':
          checkPartyRef(effect.party, [...at, 'party'], words);
          break;
        case 'deadline':
          break;
      }
    });
  }

  function checkConditions(conditions: readonly Condition[], path: ScenarioPath, words: PartyWords) {
    conditions.forEach((condition, index) => {
      const at: ScenarioPath = [...path, index];
      if (condition.kind !== 'event' && condition.atLeast === undefined && condition.atMost === undefined)
        report(at, 'a condition needs "atLeast", "atMost" or both');
      if (
        condition.kind !== 'event' &&
        condition.atLeast !== undefined &&
        condition.atMost !== undefined &&
        condition.atLeast > condition.atMost
      )
        report([...at, 'atMost'], `atMost (${condition.atMost}) is below atLeast (${condition.atLeast})`);
      if (condition.kind === 'meter') checkMeterUse(condition.meter, condition.party, at, words);
      if (condition.kind === 'trust') {
        checkPartyRef(condition.from, [...at, 'from'], words);
        checkPartyRef(condition.to, [...at, 'to'], words);
      }
      if (condition.kind === 'event' && !eventIds.has(condition.event))
        unknown([...at, 'event'], 'event', condition.event, eventIds);
    });
  }

  // Meters: a range that makes sense, and a start inside it.
  scenario.meters.forEach((meter, index) => {
    if (meter.min >= meter.max) report(['meters', index, 'max'], `max (${meter.max}) must be above min (${meter.min})`);
    else if (meter.start < meter.min || meter.start > meter.max)
      report(
        ['meters', index, 'start'],
        `start ${meter.start} is outside the meter's range ${meter.min}..${meter.max}`,
      );
  });

  const { trust } = scenario.rules;
  if (trust.min >= trust.max) report(['rules', 'trust', 'max'], `max (${trust.max}) must be above min (${trust.min})`);
  else if (trust.start < trust.min || trust.start > trust.max)
    report(['rules', 'trust', 'start'], `start ${trust.start} is outside the trust range ${trust.min}..${trust.max}`);

  // Parties.
  scenario.parties.forEach((party, partyIndex) => {
    const at: ScenarioPath = ['parties', partyIndex];
    checkSources(party.sources, [...at, 'sources']);

    if (!party.atTable && party.reachedThrough === undefined)
      report(
        [...at, 'atTable'],
        'a party not at the table needs "reachedThrough": the party that carries drafts to it',
      );
    if (party.atTable && party.reachedThrough !== undefined)
      report([...at, 'reachedThrough'], 'only a party not at the table (atTable: false) is reached through another');
    if (party.reachedThrough !== undefined && checkParty(party.reachedThrough, [...at, 'reachedThrough'])) {
      const carrier = partiesById.get(party.reachedThrough);
      if (party.reachedThrough === party.id)
        report([...at, 'reachedThrough'], 'a party cannot be reached through itself');
      else if (carrier && !carrier.atTable)
        report(
          [...at, 'reachedThrough'],
          `"${party.reachedThrough}" is not at the table either, so it cannot carry drafts`,
        );
    }

    let totalWeight = 0;
    for (const [issueId, preference] of Object.entries(party.preferences)) {
      const prefAt: ScenarioPath = [...at, 'preferences', issueId];
      if (!checkIssue(issueId, prefAt)) continue;
      totalWeight += preference.weight;
      const options = optionsByIssue.get(issueId) ?? [];
      for (const optionId of Object.keys(preference.values)) {
        if (!options.includes(optionId))
          unknown([...prefAt, 'values', optionId], `option of "${issueId}"`, optionId, options);
      }
      const missing = options.filter((optionId) => !(optionId in preference.values));
      if (missing.length > 0)
        report(
          [...prefAt, 'values'],
          `no value for option${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')}`,
        );
    }
    if (totalWeight <= 0)
      report([...at, 'preferences'], 'at least one issue must have a weight above 0 for this party');

    party.redLines.forEach((redLine, lineIndex) => {
      const lineAt: ScenarioPath = [...at, 'redLines', lineIndex];
      if (!checkIssue(redLine.issue, [...lineAt, 'issue'])) return;
      const options = optionsByIssue.get(redLine.issue) ?? [];
      redLine.forbidden.forEach((optionId, optionIndex) => {
        if (!options.includes(optionId))
          unknown([...lineAt, 'forbidden', optionIndex], `option of "${redLine.issue}"`, optionId, options);
      });
      if (options.every((optionId) => redLine.forbidden.includes(optionId)))
        report([...lineAt, 'forbidden'], `forbids every option of "${redLine.issue}", so no text could ever be signed`);
    });

    party.reservation.drivers.forEach((driver, driverIndex) => {
      const driverAt: ScenarioPath = [...at, 'reservation', 'drivers', driverIndex];
      const meter = metersById.get(driver.meter);
      if (!meter) unknown([...driverAt, 'meter'], 'meter', driver.meter, meterIds);
      else if (meter.scope === 'shared' && driver.party !== undefined)
        report([...driverAt, 'party'], `meter "${driver.meter}" is shared by the whole table: remove "party"`);
      if (driver.party !== undefined) checkParty(driver.party, [...driverAt, 'party']);
    });

    for (const [meterId, start] of Object.entries(party.meters)) {
      const meter = metersById.get(meterId);
      if (!meter) unknown([...at, 'meters', meterId], 'meter', meterId, meterIds);
      else if (meter.scope !== 'party')
        report(
          [...at, 'meters', meterId],
          `meter "${meterId}" is shared: set its start in the meters list, not per party`,
        );
      else if (start < meter.min || start > meter.max)
        report([...at, 'meters', meterId], `start ${start} is outside the meter's range ${meter.min}..${meter.max}`);
    }

    for (const [otherId, value] of Object.entries(party.trust)) {
      if (!checkParty(otherId, [...at, 'trust', otherId])) continue;
      if (otherId === party.id) report([...at, 'trust', otherId], 'a party has no trust value toward itself');
      else if (value < trust.min || value > trust.max)
        report([...at, 'trust', otherId], `trust ${value} is outside the trust range ${trust.min}..${trust.max}`);
    }
  });

  // Every issue must matter to someone, or it is noise on the table.
  scenario.issues.forEach((issue, index) => {
    const matters = scenario.parties.some((party) => (party.preferences[issue.id]?.weight ?? 0) > 0);
    if (!matters)
      report(['issues', index, 'id'], `issue "${issue.id}" has weight 0 for every party: it must matter to someone`);
  });

  // Levers.
  scenario.levers.forEach((lever, index) => {
    const at: ScenarioPath = ['levers', index];
    lever.playableBy.forEach((id, i) => checkParty(id, [...at, 'playableBy', i]));
    lever.targets?.forEach((id, i) => checkParty(id, [...at, 'targets', i]));
    for (const meterId of Object.keys(lever.cost)) {
      const meter = metersById.get(meterId);
      if (!meter) unknown([...at, 'cost', meterId], 'meter', meterId, meterIds);
      else if (meter.scope !== 'party')
        report(
          [...at, 'cost', meterId],
          `a cost is paid from the player's own per-party meter; "${meterId}" is shared`,
        );
    }
    if (lever.binds && checkIssue(lever.binds.issue, [...at, 'binds', 'issue'])) {
      const options = optionsByIssue.get(lever.binds.issue) ?? [];
      lever.binds.refuses.forEach((optionId, i) => {
        if (!options.includes(optionId))
          unknown([...at, 'binds', 'refuses', i], `option of "${lever.binds?.issue}"`, optionId, options);
      });
    }
    if (lever.binds && !lever.pledge) report([...at, 'binds'], 'only a pledge (pledge: true) binds its player');
    const words = { self: true, target: lever.targets !== undefined };
    checkEffects(lever.effects, [...at, 'effects'], words);
    checkConditions(lever.conditions, [...at, 'conditions'], words);
  });

  // News events and the round's drift speak about named parties only.
  const tableWords = { self: false, target: false };
  scenario.events.forEach((event, index) => {
    checkEffects(event.effects, ['events', index, 'effects'], tableWords);
    checkConditions(event.conditions, ['events', index, 'conditions'], tableWords);
    checkSources(event.sources, ['events', index, 'sources']);
  });

  // Rules.
  const rules = scenario.rules;
  const checkSeatedParty = (id: string, path: ScenarioPath, role: string) => {
    if (checkParty(id, path) && partiesById.get(id)?.atTable === false)
      report(path, `"${id}" is not at the table, so it cannot ${role}`);
  };
  checkSeatedParty(rules.pen, ['rules', 'pen'], 'hold the pen');
  rules.counterDrafts.forEach((id, i) => checkSeatedParty(id, ['rules', 'counterDrafts', i], 'table counter-drafts'));
  rules.requiredSignatories.forEach((id, i) => checkParty(id, ['rules', 'requiredSignatories', i]));
  checkEffects(rules.drift, ['rules', 'drift'], tableWords);
  rules.ratification.forEach((entry, index) => {
    const at: ScenarioPath = ['rules', 'ratification', index];
    if (checkParty(entry.party, [...at, 'party']) && !rules.requiredSignatories.includes(entry.party))
      report([...at, 'party'], `"${entry.party}" is not a required signatory, so it has nothing to ratify`);
    const meter = metersById.get(entry.meter);
    if (!meter) unknown([...at, 'meter'], 'meter', entry.meter, meterIds);
    else if (meter.scope !== 'party')
      report([...at, 'meter'], `ratification needs a per-party meter; "${entry.meter}" is shared`);
  });
  const collapseMeter = metersById.get(rules.collapse.meter);
  if (!collapseMeter) unknown(['rules', 'collapse', 'meter'], 'meter', rules.collapse.meter, meterIds);
  else if (collapseMeter.scope !== 'shared')
    report(
      ['rules', 'collapse', 'meter'],
      `collapse is read from a shared meter; "${rules.collapse.meter}" is per party`,
    );
  else if (rules.collapse.atLeast > collapseMeter.max || rules.collapse.atLeast <= collapseMeter.min)
    report(
      ['rules', 'collapse', 'atLeast'],
      `${rules.collapse.atLeast} can never be reached by "${collapseMeter.id}" (range ${collapseMeter.min}..${collapseMeter.max})`,
    );

  // Map features: a polygon needs at least 3 points, a line 2, a point exactly 1.
  scenario.map?.features.forEach((feature, index) => {
    const needed = { polygon: 3, line: 2, point: 1 }[feature.geometry];
    const wrong = feature.geometry === 'point' ? feature.points.length !== 1 : feature.points.length < needed;
    if (wrong)
      report(
        ['map', 'features', index, 'points'],
        feature.geometry === 'point'
          ? `a point has exactly 1 [longitude, latitude] pair (has ${feature.points.length})`
          : `a ${feature.geometry} needs at least ${needed} points (has ${feature.points.length})`,
      );
  });

  const suggested = scenario.parties.flatMap((party, index) => (party.seat.suggested ? [index] : []));
  if (suggested.length > 1)
    report(['parties', suggested[1] ?? 0, 'seat', 'suggested'], 'only one seat can be the suggested one');
  if (scenario.guide && checkParty(scenario.guide.seat, ['guide', 'seat'])) {
    const guided = partiesById.get(scenario.guide.seat);
    if (guided && !guided.seat.playable) report(['guide', 'seat'], 'a guide is for a seat a human may take (playable)');
  }
  return problems;
}

/** Collects ids, reporting each repeat at the later one; returns the set of distinct ids. */
function uniqueIds(
  items: readonly { id: string }[],
  path: ScenarioPath,
  what: string,
  report: (path: ScenarioPath, message: string) => void,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      report([...path, index, 'id'], `duplicate ${what} id "${item.id}" (first used at ${formatIndex(path, first)})`);
    else seen.set(item.id, index);
  });
  return new Set(seen.keys());
}

function formatIndex(path: ScenarioPath, index: number): string {
  return `${path.join('.')}[${index}]`;
}
