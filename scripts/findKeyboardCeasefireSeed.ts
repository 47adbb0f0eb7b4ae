// Finds the seed and seat for the browser test tests/e2e/parisCeasefire.e2e.ts: games of Paris 2026 that a
// keyboard player pressing only Enter at the Summit carries to a signed ceasefire, ratified at home. It drives the
// session store (src/store/session.ts) as the Summit's Enter-only player does (tests/e2e/support/enterOnlyPlayer.ts:
// end the phase in diplomacy, table the session's draft terms in drafting, accept in answers); every other seat
// is the AI's, as the setup screen leaves them. Seeds are "1", "2", … as typed into the setup screen.
//
// Run: npx tsx scripts/findKeyboardCeasefireSeed.ts [--seats france,ukraine,…] [--seeds 200] [--max-moves 60] [--top 5]
// Prints, per seat, how the games ended, then the shortest ceasefires found for each seat (fewest rounds, then
// fewest Enter presses).
import { parseArgs } from 'node:util';
import { loadBundledScenario, playEnterOnly } from '../tests/e2e/support/enterOnlyPlayer';

const SCENARIO_FILE = 'scenarios/paris-2026.yaml';

interface Finding {
  seed: string;
  rounds: number;
  /** Human moves at the Summit: one Enter each. */
  presses: number;
  tabled: number;
  accepted: number;
  held: boolean;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      seats: { type: 'string', default: 'france,ukraine,united-states,united-kingdom,russia' },
      seeds: { type: 'string', default: '200' },
      'max-moves': { type: 'string', default: '60' },
      top: { type: 'string', default: '5' },
    },
  });
  const scenario = loadBundledScenario(SCENARIO_FILE);
  const seats = values.seats.split(',').filter((seat) => seat !== '');
  for (const seat of seats) {
    if (!scenario.parties.some((party) => party.id === seat)) {
      console.log(`${seat}: no such party (parties: ${scenario.parties.map((party) => party.id).join(', ')})`);
      continue;
    }
    const tally = new Map<string, number>();
    const found: Finding[] = [];
    for (let n = 1; n <= Number(values.seeds); n++) {
      const seed = String(n);
      const played = playEnterOnly(scenario, SCENARIO_FILE, seat, seed, Number(values['max-moves']));
      const outcome = played.state.game?.outcome;
      const kind = outcome?.kind ?? (played.stuck ? 'stuck' : 'unfinished');
      tally.set(kind, (tally.get(kind) ?? 0) + 1);
      if (outcome?.kind === 'ceasefire')
        found.push({
          seed,
          rounds: outcome.round,
          presses: played.moves.length,
          tabled: played.moves.filter((move) => move.action === 'tableDraft').length,
          accepted: played.moves.filter((move) => move.action === 'answerDraft').length,
          held: outcome.held,
        });
    }
    console.log(`${seat}: ${[...tally].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
    found.sort((a, b) => a.rounds - b.rounds || a.presses - b.presses || Number(a.seed) - Number(b.seed));
    for (const f of found.slice(0, Number(values.top)))
      console.log(
        `  seed ${f.seed}: ceasefire in round ${f.rounds}, ${f.presses} Enter presses ` +
          `(${f.tabled} drafts tabled, ${f.accepted} accepted), ${f.held ? 'held' : 'broke down'}`,
      );
  }
}

main();
