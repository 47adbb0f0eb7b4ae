// Bumped whenever a rule changes what a game produces: replays record it, and golden hashes change with it.
export const ENGINE_VERSION = '1.0.0';
