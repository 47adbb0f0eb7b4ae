// The teacher code that opens the facilitator's panel. Every table of a class plays the same scenario and seed, so
// the code is derived from those two alone: each table accepts the same code, printed in the classroom kit, without
// a server to ask. It keeps students out of the panel by accident or curiosity; it is not a password against
// someone who reads the source.
import { hashJson } from '../engine';

/** Letters and digits that cannot be misread on a whiteboard (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const TEACHER_CODE_LENGTH = 5;

export function teacherCode(scenarioId: string, seed: string): string {
  // 48 bits of the hash are exact in a double; five symbols of 25 use under 24 of them.
  let rest = parseInt(hashJson(['teacher-code', scenarioId, seed]).slice(0, 12), 16);
  let code = '';
  for (let index = 0; index < TEACHER_CODE_LENGTH; index++) {
    code += ALPHABET[rest % ALPHABET.length] ?? 'A';
    rest = Math.floor(rest / ALPHABET.length);
  }
  return code;
}

/** What a teacher typed, compared as they would: case, spaces and dashes do not matter. */
export function isTeacherCode(typed: string, scenarioId: string, seed: string): boolean {
  return typed.toUpperCase().replace(/[\s-]+/g, '') === teacherCode(scenarioId, seed);
}
