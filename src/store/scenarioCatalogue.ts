// The title screen's state: which scenarios exist, which one is selected, and whether its briefing is open.
// Scenes read it and call its actions; they never hold this state themselves (architecture: game → store).
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { readCatalogueEntry } from './catalogueEntry';
import type { CatalogueEntry } from './catalogueEntry';
import type { ScenarioFile } from './bundledScenarioFiles';

export type CatalogueView = 'list' | 'briefing';
/** The briefing's two pages: the facts at a glance, and the opening text every player reads. */
export type BriefingPage = 'overview' | 'opening';

export interface ScenarioCatalogueState {
  entries: readonly CatalogueEntry[];
  /** Index into `entries`; -1 only when there are no entries. */
  selectedIndex: number;
  view: CatalogueView;
  briefingPage: BriefingPage;
  select: (index: number) => void;
  /** Moves the selection by `step`, wrapping at both ends as a menu does. */
  moveSelection: (step: number) => void;
  openSelected: () => void;
  backToList: () => void;
  showBriefingPage: (page: BriefingPage) => void;
  /** Flips between the briefing's two pages (Tab and the arrow keys do this). */
  toggleBriefingPage: () => void;
  /** Adds a file, or replaces the entry with the same file name. */
  addScenarioFile: (file: ScenarioFile) => void;
}

export type ScenarioCatalogueStore = StoreApi<ScenarioCatalogueState>;

/** `files` may be texts still to read, or entries the build already read (the bundled scenarios). */
export function createScenarioCatalogueStore(
  files: readonly (ScenarioFile | CatalogueEntry)[],
): ScenarioCatalogueStore {
  const entries = files.map((file) => ('status' in file ? file : readCatalogueEntry(file)));
  return createStore<ScenarioCatalogueState>()((set, get) => ({
    entries,
    selectedIndex: entries.length > 0 ? 0 : -1,
    view: 'list',
    briefingPage: 'overview',
    select: (index) => {
      const { entries: current, view } = get();
      if (view !== 'list' || index < 0 || index >= current.length) return;
      set({ selectedIndex: index });
    },
    moveSelection: (step) => {
      const { entries: current, selectedIndex, view } = get();
      if (view !== 'list' || current.length === 0) return;
      const count = current.length;
      set({ selectedIndex: (((selectedIndex + step) % count) + count) % count });
    },
    openSelected: () => {
      const { entries: current, selectedIndex } = get();
      if (current[selectedIndex] !== undefined) set({ view: 'briefing', briefingPage: 'overview' });
    },
    backToList: () => set({ view: 'list' }),
    showBriefingPage: (page) => {
      if (get().view === 'briefing') set({ briefingPage: page });
    },
    toggleBriefingPage: () => {
      const { view, briefingPage } = get();
      if (view === 'briefing') set({ briefingPage: briefingPage === 'overview' ? 'opening' : 'overview' });
    },
    addScenarioFile: (file) => {
      const entry = readCatalogueEntry(file);
      const current = get().entries;
      const existing = current.findIndex((candidate) => candidate.fileName === file.fileName);
      const next =
        existing >= 0 ? current.map((old, index) => (index === existing ? entry : old)) : [...current, entry];
      set({ entries: next, selectedIndex: get().selectedIndex < 0 ? 0 : get().selectedIndex });
    },
  }));
}

/** The selected entry, or undefined when the catalogue is empty. */
export function selectedEntry(state: ScenarioCatalogueState): CatalogueEntry | undefined {
  return state.entries[state.selectedIndex];
}
