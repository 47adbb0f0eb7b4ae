// Draws a party's flag or emblem from the scenario's few parameters (layout, colours, symbol): the game ships no
// flag images, and an author can give any party a flag without touching code.
import Phaser from 'phaser';
import type { Party } from '../../store';
import { colours, hexToNumber } from '../theme';
import { compassOutline, eagleOutline, mapleLeafOutline, starOutline } from './emblemShapes';
import type { Point } from './emblemShapes';

type Flag = Party['flag'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DEFAULT_SYMBOL_COLOUR = 0xffffff;

export function drawPartyFlag(graphics: Phaser.GameObjects.Graphics, flag: Flag, box: Box): void {
  const fields = flag.colours.map(hexToNumber);
  const colourAt = (index: number) => fields[index % fields.length] ?? colours.seatEmpty;
  const { x, y, width, height } = box;

  switch (flag.layout) {
    case 'horizontal':
      fields.forEach((colour, index) => {
        const top = Math.round(y + (height * index) / fields.length);
        const bottom = Math.round(y + (height * (index + 1)) / fields.length);
        graphics.fillStyle(colour, 1).fillRect(x, top, width, bottom - top);
      });
      break;
    case 'vertical':
      fields.forEach((colour, index) => {
        const left = Math.round(x + (width * index) / fields.length);
        const right = Math.round(x + (width * (index + 1)) / fields.length);
        graphics.fillStyle(colour, 1).fillRect(left, y, right - left, height);
      });
      break;
    case 'cross':
      drawNordicCross(graphics, box, colourAt(0), colourAt(1), fields.length > 2 ? colourAt(2) : undefined);
      break;
    case 'union':
      drawUnion(graphics, box, colourAt(0), colourAt(1), colourAt(fields.length > 2 ? 2 : 1));
      break;
    case 'stripes-canton':
      drawStripesWithCanton(graphics, box, colourAt(0), colourAt(1), colourAt(fields.length > 2 ? 2 : 0));
      break;
    case 'plain':
      graphics.fillStyle(colourAt(0), 1).fillRect(x, y, width, height);
      break;
  }

  const symbolColour = flag.symbolColour === undefined ? DEFAULT_SYMBOL_COLOUR : hexToNumber(flag.symbolColour);
  const symbolBox = flag.layout === 'stripes-canton' ? cantonBox(box) : box;
  drawSymbol(graphics, flag.symbol, symbolBox, symbolColour);

  // A hairline frame keeps light flags (white, yellow) from dissolving into light backgrounds and vice versa.
  graphics.lineStyle(1, 0x000000, 0.35).strokeRect(x, y, width, height);
}

function drawNordicCross(
  graphics: Phaser.GameObjects.Graphics,
  box: Box,
  field: number,
  cross: number,
  inner?: number,
) {
  const { x, y, width, height } = box;
  const bar = height * 0.26;
  const crossX = x + width * 0.36;
  graphics.fillStyle(field, 1).fillRect(x, y, width, height);
  graphics.fillStyle(cross, 1);
  graphics.fillRect(x, y + (height - bar) / 2, width, bar).fillRect(crossX - bar / 2, y, bar, height);
  if (inner !== undefined) {
    const thin = bar * 0.45;
    graphics.fillStyle(inner, 1);
    graphics.fillRect(x, y + (height - thin) / 2, width, thin).fillRect(crossX - thin / 2, y, thin, height);
  }
}

function drawUnion(graphics: Phaser.GameObjects.Graphics, box: Box, field: number, broad: number, narrow: number) {
  const { x, y, width, height } = box;
  graphics.fillStyle(field, 1).fillRect(x, y, width, height);
  const diagonal = (thickness: number, colour: number) => {
    const along = thickness * 1.1;
    graphics.fillStyle(colour, 1);
    fillPolygon(graphics, [
      [x, y],
      [x + along, y],
      [x + width, y + height - along * (height / width)],
      [x + width, y + height],
      [x + width - along, y + height],
      [x, y + along * (height / width)],
    ]);
    fillPolygon(graphics, [
      [x + width, y],
      [x + width, y + along * (height / width)],
      [x + along, y + height],
      [x, y + height],
      [x, y + height - along * (height / width)],
      [x + width - along, y],
    ]);
  };
  diagonal(width * 0.1, broad);
  diagonal(width * 0.035, narrow);
  const cross = (bar: number, colour: number) => {
    graphics.fillStyle(colour, 1);
    graphics.fillRect(x, y + (height - bar) / 2, width, bar).fillRect(x + (width - bar) / 2, y, bar, height);
  };
  cross(height * 0.34, broad);
  cross(height * 0.2, narrow);
}

function cantonBox(box: Box): Box {
  return { x: box.x, y: box.y, width: box.width * 0.42, height: box.height * (4 / 7) };
}

function drawStripesWithCanton(
  graphics: Phaser.GameObjects.Graphics,
  box: Box,
  stripe: number,
  between: number,
  canton: number,
) {
  const { x, y, width, height } = box;
  // Seven stripes rather than thirteen: the pattern must still read at desk-flag size.
  const stripes = 7;
  for (let index = 0; index < stripes; index++) {
    const top = Math.round(y + (height * index) / stripes);
    const bottom = Math.round(y + (height * (index + 1)) / stripes);
    graphics.fillStyle(index % 2 === 0 ? stripe : between, 1).fillRect(x, top, width, bottom - top);
  }
  const corner = cantonBox(box);
  graphics.fillStyle(canton, 1).fillRect(corner.x, corner.y, corner.width, corner.height);
}

function drawSymbol(graphics: Phaser.GameObjects.Graphics, symbol: Flag['symbol'], box: Box, colour: number) {
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  const size = Math.min(box.width, box.height);
  graphics.fillStyle(colour, 1);
  switch (symbol) {
    case 'none':
      return;
    case 'star-ring': {
      const ring = size * 0.34;
      const star = Math.max(0.9, size * 0.06);
      for (let index = 0; index < 12; index++) {
        const angle = (index * Math.PI) / 6;
        fillOutline(graphics, starOutline(), centreX + Math.cos(angle) * ring, centreY + Math.sin(angle) * ring, star);
      }
      return;
    }
    case 'compass':
      graphics.lineStyle(Math.max(1, size * 0.05), colour, 1).strokeCircle(centreX, centreY, size * 0.24);
      fillOutline(graphics, compassOutline, centreX, centreY, size * 0.42);
      return;
    case 'leaf':
      fillOutline(graphics, mapleLeafOutline, centreX, centreY, size * 0.36);
      return;
    case 'eagle':
      fillOutline(graphics, eagleOutline, centreX, centreY, size * 0.36);
      return;
    case 'stars': {
      const columns = 4;
      const rows = 3;
      const star = Math.max(0.9, size * 0.07);
      for (let row = 0; row < rows; row++) {
        for (let column = 0; column < columns; column++) {
          const starX = box.x + (box.width * (column + 0.5)) / columns;
          const starY = box.y + (box.height * (row + 0.5)) / rows;
          fillOutline(graphics, starOutline(), starX, starY, star);
        }
      }
      return;
    }
  }
}

function fillOutline(graphics: Phaser.GameObjects.Graphics, outline: Point[], x: number, y: number, scale: number) {
  fillPolygon(
    graphics,
    outline.map(([px, py]): Point => [x + px * scale, y + py * scale]),
  );
}

function fillPolygon(graphics: Phaser.GameObjects.Graphics, points: Point[]) {
  graphics.fillPoints(
    points.map(([px, py]) => new Phaser.Math.Vector2(px, py)),
    true,
    true,
  );
}
