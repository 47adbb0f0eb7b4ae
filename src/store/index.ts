// What the game layer may use from the store. Scenario types are re-exported here so scenes depend on the
// store alone, as the architecture's arrows ask.
import { bundledScenarioFiles } from './bundledScenarioFiles';
import { createScenarioCatalogueStore } from './scenarioCatalogue';
import { createSessionStore } from './session';

export { createScenarioCatalogueStore, selectedEntry } from './scenarioCatalogue';
export type { BriefingPage, CatalogueView, ScenarioCatalogueState, ScenarioCatalogueStore } from './scenarioCatalogue';
export type { CatalogueEntry, InvalidCatalogueEntry, ValidCatalogueEntry } from './catalogueEntry';
export type { ScenarioFile } from './bundledScenarioFiles';
export type { Issue, Scenario } from '../scenario/schema/scenario';
export type { Party } from '../scenario/schema/parties';

/** The catalogue of scenarios bundled with this build; one per page, shared by every scene. */
export const scenarioCatalogue = createScenarioCatalogueStore(bundledScenarioFiles);

export { createSessionStore, humanToAct } from './session';
export type { DispatchResult, SessionSetup, SessionState, SessionStore } from './session';
/** The game in progress; one per page, shared by every scene. */
export const session = createSessionStore();

// Questions the scenes ask the engine (legal actions with reasons, whose turn, utilities): re-exported so the game
// layer depends on the store alone; no scene computes a rule itself.
export {
  currentActor,
  legalActions,
  facilitatorActions,
  pendingDrafts,
  redLinesCrossed,
  reservationValue,
  utilityOf,
  whyIllegal,
} from '../engine';
export type { Action, GameEvent, GameState, LegalOption, LogEntry, Outcome, PartyId, SeatKind, Terms } from '../engine';

// The endings (Ceasefire, Collapse, Debrief): the story and the debrief of a finished game, as data.
export { breakCause, clausesOf, lastDrafts, mapFeaturesOf, partyName, ratificationLines } from './outcomeStory';
export type { AnswerLine, BreakCause, ClauseLine, DraftStory, RatificationLine } from './outcomeStory';
export { buildDebrief, MAX_TURNING_POINTS } from './debrief';
export type { Debrief, DealComparison, Durability, PartyStanding, RedLineFate, TurningPoint } from './debrief';
export type { MapFeature } from '../scenario/schema/scenario';
export type { EpilogueMonth } from '../engine';
