// The signing: each required signatory's flag, a signature drawn under it stroke by stroke, then — when the text
// goes home — whether its ratification passed, in words and a mark (✓ / ✗), with the number it needed.
import type Phaser from 'phaser';
import type { Party, RatificationLine } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { drawPartyFlag } from '../partyFlag';

const FLAG = { width: 46, height: 30 };
const SIGNATURE_MS = 420;

export class SignatureBlock {
  private readonly columns: { party: Party; container: Phaser.GameObjects.Container; centre: number }[];
  private readonly signatures: Phaser.GameObjects.Graphics[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    parties: readonly Party[],
  ) {
    const columnWidth = width / Math.max(1, parties.length);
    this.columns = parties.map((party, index) => {
      const centre = x + columnWidth * index + columnWidth / 2;
      const flag = scene.add.graphics();
      drawPartyFlag(flag, party.flag, { x: -FLAG.width / 2, y: 0, width: FLAG.width, height: FLAG.height });
      flag.lineStyle(1, colours.line, 1).strokeRect(-FLAG.width / 2, 0, FLAG.width, FLAG.height);
      const name = addText(scene, 0, FLAG.height + 4, party.shortName, 'label', { colour: textColours.cream });
      name.setOrigin(0.5, 0);
      fitToWidth(name, columnWidth - 6);
      const signature = scene.add.graphics();
      this.signatures.push(signature);
      const container = scene.add.container(centre, y, [flag, name, signature]).setAlpha(0.25);
      return { party, container, centre };
    });
  }

  /** Signs in table order; calls `done` after the last signature. */
  playSigning(done: () => void): void {
    this.columns.forEach((column, index) => {
      const signature = this.signatures[index]!;
      const progress = { t: 0 };
      this.scene.tweens.add({
        targets: progress,
        t: 1,
        delay: index * SIGNATURE_MS,
        duration: SIGNATURE_MS,
        onStart: () => column.container.setAlpha(1),
        onUpdate: () => drawSignature(signature, index, progress.t),
        onComplete: index === this.columns.length - 1 ? done : undefined,
      });
    });
    if (this.columns.length === 0) done();
  }

  /** Everything signed at once (the player skipped the animation). */
  showSigned(): void {
    this.scene.tweens.killTweensOf(this.columns.map((column) => column.container));
    this.columns.forEach((column, index) => {
      column.container.setAlpha(1);
      drawSignature(this.signatures[index]!, index, 1);
    });
  }

  /** Adds each party's ratification result under its column. */
  showRatification(lines: readonly RatificationLine[]): void {
    const columnWidth = this.width / Math.max(1, this.columns.length);
    for (const column of this.columns) {
      const line = lines.find((candidate) => candidate.party === column.party.id);
      const top = this.y + FLAG.height + 42;
      const verdict = line ? (line.passed ? '✓ ratified' : '✗ rejected') : 'no vote';
      const colour = line ? (line.passed ? textColours.cream : textColours.danger) : textColours.faint;
      const words = addText(this.scene, column.centre, top, verdict, 'bodyStrong', { colour, size: 16 }).setOrigin(
        0.5,
        0,
      );
      const detail = line ? `${format(line.value)} (needs ${format(line.needed)})` : 'no vote needed';
      const numbers = addText(this.scene, column.centre, top + 22, detail, 'caption').setOrigin(0.5, 0);
      fitToWidth(numbers, columnWidth - 6);
      if (line && !line.passed) {
        const box = this.scene.add.graphics();
        box
          .lineStyle(2, colours.danger, 1)
          .strokeRoundedRect(column.centre - columnWidth / 2 + 4, top - 4, columnWidth - 8, 46, 6);
      }
      this.scene.tweens.add({ targets: [words, numbers], alpha: { from: 0, to: 1 }, duration: 300 });
    }
  }
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A looping pen stroke, different for each signatory, drawn up to fraction `t`. */
function drawSignature(graphics: Phaser.GameObjects.Graphics, seed: number, t: number): void {
  graphics.clear();
  graphics.lineStyle(2, colours.gold, 1);
  const steps = Math.max(2, Math.round(40 * t));
  graphics.beginPath();
  for (let i = 0; i <= steps; i++) {
    const u = (i / 40) * Math.PI * 2;
    const px = -26 + (52 * i) / 40;
    const py = 61 + Math.sin(u * (1.5 + (seed % 3) * 0.5)) * 5 + Math.sin(u * 3.1 + seed) * 2;
    if (i === 0) graphics.moveTo(px, py);
    else graphics.lineTo(px, py);
  }
  graphics.strokePath();
}
