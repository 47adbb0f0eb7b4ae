// Printed briefs measured where they are printed: Chromium lays each document out on A4 (as "Save as PDF" does)
// and the pages are counted. A class gets one page of instructions and at most two pages per seat, for Paris (12
// seats, every one with a seeded game's numbers) and the tutorial; the teacher's numbers are not in those pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createGame } from '../../src/engine';
import type { CompiledScenario } from '../../src/engine';
import { buildRoleBriefs } from '../../src/store/roleBrief';
import type { RoleBrief } from '../../src/store/roleBrief';
import { printableHtmlDocument } from '../../src/ui/printShell';
import { generalInstructionsBody } from '../../src/ui/generalInstructionsPage';
import { roleBriefDocument, roleBriefsDocument } from '../../src/ui/roleBriefPage';
import { compileFile } from '../unit/engine/gameHelpers';
import { launchChromium } from './support/chromium';
import { artifactsDir } from './support/gamePage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The number of A4 pages Chromium prints this document on (each page is one "/Type /Page" object of the PDF). */
async function printedPages(document: string, name: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.setContent(document, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(resolve(artifactsDir, `${name}.pdf`), pdf);
    return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  } finally {
    await page.close();
  }
}

function seededBriefs(compiled: CompiledScenario, seed: string): RoleBrief[] {
  return buildRoleBriefs(compiled, createGame(compiled, { seed }));
}

describe.each([
  ['paris', 'scenarios/paris-2026.yaml'],
  ['tutorial', 'scenarios/tutorial.yaml'],
])('%s briefs on A4', (name, file) => {
  const compiled = compileFile(file);
  const briefs = seededBriefs(compiled, 'class-4b');

  it('give every player one page of general instructions', async () => {
    const first = briefs[0]!;
    const instructions = printableHtmlDocument('Instructions', 'en', generalInstructionsBody(first));
    expect(await printedPages(instructions, `${name}-instructions`)).toBe(1);
  });

  it('give each seat a role brief of at most two pages', { timeout: 120_000 }, async () => {
    for (const brief of briefs) {
      const alone = roleBriefDocument(brief, { instructions: false });
      const pages = await printedPages(alone, `${name}-brief-${brief.party.id}`);
      expect(pages, brief.party.id).toBeGreaterThanOrEqual(1);
      expect(pages, brief.party.id).toBeLessThanOrEqual(2);
    }
  });

  it('print the class set as instructions plus the briefs, without the teacher’s numbers', async () => {
    const set = roleBriefsDocument(briefs);
    expect(set).not.toMatch(/FOR THE TEACHER/);
    const pages = await printedPages(set, `${name}-class-set`);
    expect(pages).toBeGreaterThan(briefs.length);
    expect(pages).toBeLessThanOrEqual(1 + 2 * briefs.length);
  });
});
