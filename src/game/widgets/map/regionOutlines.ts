// The country outlines of the schematic map, projected once by scripts/build-map.ts into a small JSON frame.
// Ukraine is drawn with its internationally recognised border (Crimea included); neighbours are context only.
import outlines from '../../../../assets/map/ukraine-region.json';

/** A ring as a flat list x0, y0, x1, y1, … in frame units. */
export type FlatRing = readonly number[];

export interface RegionOutlines {
  frame: { width: number; height: number };
  projection: { scale: number; translateX: number; translateY: number; standardParallel: number };
  ukraine: readonly FlatRing[];
  neighbours: readonly { name: string; rings: readonly FlatRing[] }[];
}

export const regionOutlines: RegionOutlines = outlines;
