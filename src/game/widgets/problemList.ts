// What the briefing panel shows for a scenario file that failed to load: every located problem, one per line,
// so an author can fix them all in one pass.
import type Phaser from 'phaser';
import type { InvalidCatalogueEntry } from '../../store';
import { countOf } from '../format';
import { addText, colours, textColours } from '../theme';
import { addMoreLine, BODY_TOP, CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_WIDTH, PANEL } from './briefingLayout';
import { clampLines, fitToWidth } from './fitText';

export function fillProblems(scene: Phaser.Scene, page: Phaser.GameObjects.Container, entry: InvalidCatalogueEntry) {
  page.add(
    addText(scene, CONTENT_LEFT, PANEL.y + 32, 'THIS SCENARIO CANNOT BE LOADED', 'eyebrow', {
      colour: textColours.danger,
    }),
  );
  page.add(fitToWidth(addText(scene, CONTENT_LEFT, PANEL.y + 56, entry.fileName, 'panelTitle'), CONTENT_WIDTH - 260));
  const advice = `${countOf(entry.problems.length, 'problem', 'problems')}. Fix them in the file and build again; npm run validate prints the same lines.`;
  page.add(addText(scene, CONTENT_LEFT, PANEL.y + 108, advice, 'label', { colour: textColours.gold }));

  const marks = scene.add.graphics();
  page.add(marks);
  let y = BODY_TOP + 6;
  let shown = 0;
  for (const problem of entry.problems) {
    const line = clampLines(
      addText(scene, CONTENT_LEFT + 20, y, problem, 'label', {
        colour: textColours.cream,
        wrapWidth: CONTENT_WIDTH - 20,
        lineSpacing: 3,
      }),
      3,
    );
    if (y + line.height > CONTENT_BOTTOM - 24) {
      line.destroy();
      break;
    }
    marks.fillStyle(colours.danger, 1).fillCircle(CONTENT_LEFT + 5, y + 10, 3.5);
    page.add(line);
    y += line.height + 12;
    shown++;
  }
  addMoreLine(scene, page, CONTENT_LEFT + 20, y, entry.problems.length - shown, 'more problems');
}
