// Word shingles, to check that scenario text paraphrases the news report it draws on instead of copying it.
// The report's own sentences stay out of the repository: only hashes of its 7-word runs are committed, in
// tests/fixtures/seed-shingles.json. Regenerate with: npx tsx tests/unit/scenario/shingles.ts ../shared/seed/*.txt
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Long enough that a short attributed quote ("90%", "provide reassurance") passes; a copied clause does not. */
export const SHINGLE_WORDS = 7;
export const SEED_SHINGLES_FILE = 'tests/fixtures/seed-shingles.json';

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((word) => word.length > 0);
}

export function shingleHashes(text: string): Set<string> {
  const list = words(text);
  const hashes = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) {
    hashes.add(
      createHash('sha256')
        .update(list.slice(i, i + SHINGLE_WORDS).join(' '))
        .digest('hex')
        .slice(0, 16),
    );
  }
  return hashes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const all = new Set<string>();
  for (const file of process.argv.slice(2)) for (const hash of shingleHashes(readFileSync(file, 'utf8'))) all.add(hash);
  writeFileSync(SEED_SHINGLES_FILE, `${JSON.stringify({ words: SHINGLE_WORDS, hashes: [...all].sort() }, null, 1)}\n`);
  console.log(`wrote ${all.size} shingle hashes to ${SEED_SHINGLES_FILE}`);
}
