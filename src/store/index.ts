// What the game layer may use from the store. Scenario types are re-exported here so scenes depend on the
// store alone, as the architecture's arrows ask.
import { bundledScenarioFiles } from './bundledScenarioFiles';
import { createScenarioCatalogueStore } from './scenarioCatalogue';
import { scenarioLookup } from './scenarioLookup';
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

// A human seat's answer: yes or no, without the private numbers an AI's answer states.
export { humanAnswer } from './humanAnswer';
export { needExplainer, statesNeed } from './answerWords';
// What the player's seat knows of a party, and a tabled draft read against the player's own: the Summit's panels.
export { partyKnowledge, surenessOf } from './partyKnowledge';
export type { AnswerKnown, PartyKnowledge, PriorityBelief, PriorityKnowledge, Sureness } from './partyKnowledge';
export { compareDraft } from './draftComparison';
export type { ClauseComparison, DraftComparison } from './draftComparison';

// The endings (Ceasefire, Collapse, Debrief): the story and the debrief of a finished game, as data.
export {
  breakCause,
  clausesOf,
  guarantorsOf,
  lastDrafts,
  mapFeaturesOf,
  partyName,
  ratificationLines,
} from './outcomeStory';
export type { AnswerLine, BreakCause, ClauseLine, DraftStory, RatificationLine } from './outcomeStory';
export { buildDebrief, MAX_TURNING_POINTS } from './debrief';
// The Summit's roll call: each party's mood toward the player, from what every seat can see.
export { partyMood } from './partyMood';
export { guideStepFor, hasGuideFor } from './tutorialGuide';
export { ratificationSentence } from './ratificationWords';
export type { GuideView } from './tutorialGuide';
// The teacher's kit printed from the title: class seed, a link per seat, the lesson plan.
export { buildClassroomKit, classSetBriefs, isClassSeed } from './classroomKit';
export type { ClassroomKit, SeatLink } from './classroomKit';
export { isTeacherCode, teacherCode, TEACHER_CODE_LENGTH } from './teacherCode';
export type { Mood, PartyMood } from './partyMood';
export type { Debrief, DealComparison, Durability, PartyStanding, RedLineFate, TurningPoint } from './debrief';
export type { MapFeature } from '../scenario/schema/scenario';
export type { EpilogueMonth } from '../engine';

// Classroom papers (role briefs to print, the debrief to print or export as JSON and CSV), as plain data and text.
export { briefsForSetup, buildRoleBrief, buildRoleBriefs, describeEffect } from './roleBrief';
export type { BriefSource, LeverLine, OtherPartyLine, PriorityLine, RedLineLine, RoleBrief } from './roleBrief';
export {
  buildDebriefExport,
  debriefFileName,
  debriefJson,
  debriefPartiesCsv,
  debriefRoundsCsv,
  outcomeHeadline,
  recordedGameOf,
} from './debriefExport';
export type { DebriefExport, ExportedRound, FinalParty, RecordedGame } from './debriefExport';

// The game in progress survives a reload (autosave), and a game travels in a link (share and start links).
export {
  AUTOSAVE_KEY,
  autosaveSession,
  buildAutosave,
  clearAutosave,
  readAutosave,
  restoreSession,
  SAVE_FORMAT,
  SAVE_VERSION,
  writeAutosave,
} from './autosave';
export type { Autosave, AutosaveOptions, AutosaveReadResult, AutosaveSessionOptions, StorageLike } from './autosave';
// Every save that could not be restored, kept aside until the player deletes it.
export {
  deleteRejectedSave,
  keepRejectedSave,
  readRejectedSaves,
  REJECTED_SAVE_KEY,
  REJECTED_SAVES_KEY,
} from './rejectedSaves';
export type { RejectedSave } from './rejectedSaves';
export { scenarioLookup } from './scenarioLookup';
// "Last games": every finished game (and any set aside unfinished) kept in the browser, for the title to list.
export {
  keepLastGame,
  LAST_GAMES_KEY,
  lastGameFileName,
  lastGameOfSession,
  lastGameOutcomeLabel,
  lastGameScenarios,
  MAX_LAST_GAMES,
  readLastGames,
} from './lastGames';
export type { LastGame, LastGameOutcome } from './lastGames';
// A start link when a game is already here: resume it, start, or ask first.
export { describeLinkChoice, isSameGame, startLinkChoice } from './startLinkChoice';
export type { StartLinkChoice } from './startLinkChoice';
export { decodeShareHash, encodeShareHash, parseStartLink, serializeReplay, SHARE_HASH_PREFIX } from '../replay';
export type { Replay, ScenarioLookup, ShareDecodeResult, StartLink, StartLinkResult } from '../replay';
/** The catalogue's scenarios by id and content hash, for share links, start links and the autosave. */
export const catalogueScenarios = scenarioLookup(() => scenarioCatalogue.getState().entries);

// Parallel worlds: one replay per classroom table, same scenario and seed, compared side by side.
export { compareParallelWorlds, MAX_FILES, MAX_KEY_CLAUSES, MAX_TABLES, withTableNames } from './parallelWorlds';
export { outcomeLabel } from './outcomeLabel';
export { cleanTableName, MAX_TABLE_NAME } from './tableNames';
export type {
  IssueComparison,
  ParallelWorlds,
  RejectedReplay,
  ReplayFile,
  TableWorld,
  WalkOut,
} from './parallelWorlds';

// The replay viewer and "Branch here": a replay read from a file or a link, walked step by step, and a live game taken
// up from any of its steps.
export { describeAction, MAX_REPLAY_CHARS, parseReplay, ReplayError, verifyReplay, walkReplay } from '../replay';
export type { ReplayStep } from '../replay';
export { stateHash } from '../engine';
export type { CompiledScenario, Phase } from '../engine';
export { branchSeats, resumeBranch, resumeFrom, resumeReplay } from './sessionResume';
export type { BranchSetup, ResumeResult, ResumeSetup } from './sessionResume';

// Files a finished game leaves behind: the replay file and a share link; the debrief as JSON, CSV and a printout.
export { sessionReplayFile, sessionShareLink } from './sessionFiles';
export { classFileName } from './classFileNames';
export type { ClassFileKind, ClassFileSubject } from './classFileNames';
export type { SessionFile } from './sessionFiles';
