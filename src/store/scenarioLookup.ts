// Share links and saves name their scenario by id and content hash; this finds it among the catalogue's entries,
// compiling each scenario once. Several versions of one id (a bundled file and an edited copy the player opened)
// can sit side by side: the one with the asked-for content hash wins, else the first of that id.
import { compileScenario } from '../engine';
import type { CompiledScenario } from '../engine';
import type { ScenarioLookup } from '../replay';
import type { Scenario } from '../scenario/schema/scenario';
import type { CatalogueEntry } from './catalogueEntry';

export function scenarioLookup(entries: () => readonly CatalogueEntry[]): ScenarioLookup {
  const compiledByScenario = new WeakMap<Scenario, CompiledScenario>();
  const compiled = (scenario: Scenario) => {
    let found = compiledByScenario.get(scenario);
    if (!found) {
      found = compileScenario(scenario);
      compiledByScenario.set(scenario, found);
    }
    return found;
  };
  return (scenarioId, contentHash) => {
    const candidates = entries().flatMap((entry) =>
      entry.status === 'valid' && entry.scenario.id === scenarioId ? [compiled(entry.scenario)] : [],
    );
    return candidates.find((candidate) => candidate.hash === contentHash) ?? candidates[0];
  };
}
