// The analysis works on the bargaining problem the engine builds; the type lives with the engine because the
// arrows go analysis → engine (architecture.md), never the other way.
export type { BargainingProblem, Package } from '../engine/bargainingProblem';
