/// <reference types="vite/client" />
// The country outlines of the schematic map, projected once by scripts/build-map.ts into a small JSON frame.
// Ukraine is drawn with its internationally recognised border (Crimea included); neighbours are context only.
// The outlines are data, not code: the build ships the JSON file next to the scripts and the page fetches it before
// the game starts (a top-level await, so every importer still sees a plain value), the way the bundled scenarios
// arrive. Node reads the same file directly (tests import it).
import outlinesUrl from '../../../../assets/map/ukraine-region.json?url';

/** A ring as a flat list x0, y0, x1, y1, … in frame units. */
export type FlatRing = readonly number[];

export interface RegionOutlines {
  frame: { width: number; height: number };
  projection: { scale: number; translateX: number; translateY: number; standardParallel: number };
  ukraine: readonly FlatRing[];
  neighbours: readonly { name: string; rings: readonly FlatRing[] }[];
}

async function fetchOutlines(url: string): Promise<RegionOutlines> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the map outlines (${url}) could not be loaded: HTTP ${response.status}`);
  return (await response.json()) as RegionOutlines;
}

export const regionOutlines: RegionOutlines = await fetchOutlines(outlinesUrl);
