// What the game layer may use from the store. Scenario types are re-exported here so scenes depend on the
// store alone, as the architecture's arrows ask.
import { bundledScenarioFiles } from './bundledScenarioFiles';
import { createScenarioCatalogueStore } from './scenarioCatalogue';

export { createScenarioCatalogueStore, selectedEntry } from './scenarioCatalogue';
export type { BriefingPage, CatalogueView, ScenarioCatalogueState, ScenarioCatalogueStore } from './scenarioCatalogue';
export type { CatalogueEntry, InvalidCatalogueEntry, ValidCatalogueEntry } from './catalogueEntry';
export type { ScenarioFile } from './bundledScenarioFiles';
export type { Issue, Scenario } from '../scenario/schema/scenario';
export type { Party } from '../scenario/schema/parties';

/** The catalogue of scenarios bundled with this build; one per page, shared by every scene. */
export const scenarioCatalogue = createScenarioCatalogueStore(bundledScenarioFiles);
