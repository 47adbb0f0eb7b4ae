// The printed brief is an HTML document built from scenario text, and a scenario may come from anyone: every text
// must come out as text. The page must also be what a teacher hands out: one confidential brief per sheet, the
// sources at the end.
import { describe, expect, it } from 'vitest';
import { compileScenario, createGame } from '../../../src/engine';
import type { Scenario } from '../../../src/scenario/schema/scenario';
import { buildRoleBrief, buildRoleBriefs } from '../../../src/store/roleBrief';
import { escapeHtml, html, joinHtml } from '../../../src/ui/escapeHtml';
import { roleBriefDocument, roleBriefsDocument, teacherAppendixDocument } from '../../../src/ui/roleBriefPage';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');

describe('escapeHtml', () => {
  it('turns the five HTML-special characters into entities and leaves other text alone', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(escapeHtml('Zelensky — “90%” done, Kyiv ±0.05')).toBe('Zelensky — “90%” done, Kyiv ±0.05');
    // Escaping is not idempotent on purpose: text that looks like an entity is shown as written.
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('escapes every value put into an html template, but not HTML built with the same tag', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${null}${undefined}${false}${['a', '<', 1]}</p>`.safeHtml).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>a&lt;1</p>',
    );
    // An object that merely looks like a string is not trusted.
    expect(html`${String({ toString: () => '<script>' })}`.safeHtml).toBe('&lt;script&gt;');
    expect(joinHtml(['<a>', html`<br />`], ' & ').safeHtml).toBe('&lt;a&gt; &amp; <br />');
  });
});

/** A scenario no validator would pass: markup and quotes in every kind of text the brief prints. */
function hostileScenario(): Scenario {
  const scenario = structuredClone(paris.scenario);
  const attack = `<script>alert(1)</script> "quoted" & 'single'`;
  const ukraine = scenario.parties.find((party) => party.id === 'ukraine')!;
  ukraine.leaders[0]!.name = attack;
  ukraine.name = `Ukraine <img src=x onerror=alert(2)>`;
  ukraine.publicPosition = `</p><iframe src="javascript:alert(3)"></iframe>`;
  ukraine.brief.private = `Line one\n\n<style>body{display:none}</style>`;
  scenario.issues[0]!.label = `<svg onload=alert(4)>`;
  scenario.levers.find((lever) => lever.playableBy.includes('ukraine'))!.description =
    `<a href="javascript:alert(5)">x</a>`;
  scenario.sources[0]!.url = `https://example.org/"onmouseover="alert(6)`;
  scenario.sources[1]!.url = `javascript:alert(7)`;
  scenario.map!.note = `<object data=x></object>`;
  return scenario;
}

/** The opening tags of a document, lower-cased: what a browser would build elements from. */
function tagNames(document: string): string[] {
  return [...document.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]!.toLowerCase());
}

describe('a brief from a hostile scenario', () => {
  const scenario = hostileScenario();
  // With the teacher's appendix: every text of the scenario the brief can print is on the page.
  const page = roleBriefDocument(buildRoleBrief(compileScenario(scenario), 'ukraine'), { teacherAppendix: true });

  it('shows the markup as text and builds no element from it', () => {
    const tags = new Set(tagNames(page));
    for (const tag of ['script', 'img', 'iframe', 'svg', 'object']) expect(tags.has(tag)).toBe(false);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;');
    expect(page).toContain('CONFIDENTIAL — Ukraine &lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('&lt;svg onload=alert(4)&gt;');
    // The only <style> is the page's own; the scenario's came out as text.
    expect(tagNames(page).filter((tag) => tag === 'style')).toHaveLength(1);
    expect(page).toContain('&lt;style&gt;body{display:none}&lt;/style&gt;');
  });

  it('never lets a quote out of an attribute, and links only web addresses', () => {
    expect(page).not.toContain('"onmouseover="');
    expect(page).toContain('href="https://example.org/&quot;onmouseover=&quot;alert(6)"');
    expect(page).not.toMatch(/href="javascript:/i);
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });
});

describe('the printable brief', () => {
  const game = createGame(paris, { seed: '42' });
  const brief = buildRoleBrief(paris, 'ukraine', game);
  const page = roleBriefDocument(brief);
  const withAppendix = roleBriefDocument(brief, { teacherAppendix: true });
  const appendix = withAppendix.slice(withAppendix.indexOf('FOR THE TEACHER'));

  it('is a whole document, ready for paper (A4 or Letter), marked confidential for its seat', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toMatch(/<meta charset="utf-8"/);
    expect(page).toContain('@media print');
    expect(page).toContain('@page');
    expect(page).not.toMatch(/size:\s*(A4|letter)/i);
    expect(page).toContain('CONFIDENTIAL — Ukraine');
  });

  it('starts with the instructions for every player, then the role brief in the order a student reads it', () => {
    const order = [
      'How the talks work',
      'A round',
      'What the answers mean',
      'How it ends, and how you win',
      'Keys',
      'Who you are',
      'What you want, and why',
      'Your red lines',
      'If there is no deal',
      'Your levers',
      'Tips',
    ].map((heading) => page.search(new RegExp(`<h[12][^>]*>${heading}</h[12]>`)));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps the private numbers and the engine’s words out of the students’ pages', () => {
    expect(page).not.toContain('FOR THE TEACHER');
    expect(page).not.toContain(brief.reservation.value.toFixed(2));
    for (const line of brief.redLines) expect(page).not.toContain(line.firmness.toFixed(2));
    expect(page).not.toMatch(/rules\.[a-z]/);
  });

  it("prints this game's numbers in the teacher's appendix, after the students' pages, and says which game", () => {
    expect(withAppendix.indexOf('FOR THE TEACHER')).toBeGreaterThan(withAppendix.indexOf('<h2>Tips</h2>'));
    expect(appendix).toContain(`No deal is worth ${brief.reservation.value.toFixed(2)} to you`);
    expect(appendix).toContain('seed &quot;42&quot;');
    for (const line of brief.priorities) expect(appendix).toContain(`${Math.round(line.share * 100)}%`);
    const sources = appendix.slice(appendix.indexOf('<h2>Sources</h2>'));
    for (const source of paris.scenario.sources) expect(sources).toContain(escapeHtml(source.title));
    expect(sources).toContain('About the map');
    expect(teacherAppendixDocument([brief])).toContain('FOR THE TEACHER — NOT FOR STUDENTS — Ukraine');
  });

  it('prints a class set: the instructions, then one sheet per seat, each on its own page with its own banner', () => {
    const briefs = buildRoleBriefs(paris, game);
    const set = roleBriefsDocument(briefs);
    expect(set.match(/<article class="document"/g)).toHaveLength(1 + briefs.length);
    expect(set).toMatch(/\.document \+ \.document \{[^}]*break-before: page/);
    const banners = [...set.matchAll(/CONFIDENTIAL — ([^<]+) — do not show/g)].map((match) => match[1]);
    expect(banners).toEqual(briefs.map((one) => escapeHtml(one.party.name)));
    expect(set).not.toContain('FOR THE TEACHER');
    expect(() => roleBriefsDocument([])).toThrow(/no briefs/);
  });
});
