// The summit table seen from above and a little in front: chairs around an oval table, a desk flag before each
// delegation, the draft text in the middle. It shows the seats of the selected scenario, so the title screen
// previews who will be in the room — and who will not.
import Phaser from 'phaser';
import type { Party } from '../../store';
import { addText, colours, textColours } from '../theme';
import { drawPartyFlag } from './partyFlag';
import { seatColour } from './seatColour';
import { glowTexture } from './summitBackdrop';

const TABLE_RADIUS_X = 178;
const TABLE_RADIUS_Y = 104;
const TABLE_THICKNESS = 16;
const CHAIR_RADIUS_X = 238;
const CHAIR_RADIUS_Y = 156;
const FLAG_RADIUS_X = 150;
const FLAG_RADIUS_Y = 80;
/** Chairs shown when no scenario is selected, so the table never looks abandoned. */
const EMPTY_TABLE_SEATS = 10;

export class RoundTable {
  private readonly seats: Phaser.GameObjects.Container;
  private readonly absentNote: Phaser.GameObjects.Container;
  private shownPartyKey: string | null = null;
  private pendingSeating: Phaser.Time.TimerEvent | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly centreX: number,
    private readonly centreY: number,
  ) {
    this.addLight();
    this.addTable();
    this.seats = scene.add.container(0, 0);
    this.absentNote = scene.add.container(0, 0);
  }

  /**
   * Seats the parties of a scenario (or empty chairs for none), fading them in one after another. The seats are
   * built on the next frame: they start invisible anyway, and the screen around the table (the scenario list, its
   * keys) is ready a few dozen milliseconds sooner — the seats of a dozen parties are the title's costliest part.
   */
  showParties(parties: readonly Party[] | null): void {
    const key = parties === null ? '' : parties.map((party) => party.id).join(',');
    if (key === this.shownPartyKey) return;
    this.shownPartyKey = key;
    this.pendingSeating?.remove();
    this.pendingSeating = this.scene.time.delayedCall(0, () => {
      this.pendingSeating = null;
      this.seatParties(parties);
    });
  }

  private seatParties(parties: readonly Party[] | null): void {
    this.seats.removeAll(true);
    this.absentNote.removeAll(true);

    // The convenor takes the head of the table; everyone else keeps the scenario's order.
    const atTable = parties === null ? [] : parties.filter((party) => party.atTable);
    atTable.sort((a, b) => Number(b.role === 'convenor') - Number(a.role === 'convenor'));
    const seatCount = atTable.length > 0 ? atTable.length : EMPTY_TABLE_SEATS;
    for (let index = 0; index < seatCount; index++) {
      // The first seat is the head of the table (far side); the rest follow clockwise.
      const angle = -Math.PI / 2 + (index * Math.PI * 2) / seatCount;
      const seat = this.createSeat(angle, atTable[index]);
      seat.setAlpha(0);
      this.seats.add(seat);
      this.scene.tweens.add({ targets: seat, alpha: 1, duration: 320, delay: 40 * index, ease: 'Quad.easeOut' });
    }

    const absent = parties === null ? [] : parties.filter((party) => !party.atTable);
    if (absent.length > 0 && parties !== null) this.addAbsentNote(absent, parties);
  }

  private addLight() {
    // A warm pool of light over the table that breathes slowly: the one calm motion in the middle of the screen.
    const glow = this.scene.add
      .image(this.centreX, this.centreY + 10, glowTexture(this.scene, 0xc9a55c))
      .setDisplaySize(TABLE_RADIUS_X * 4.2, TABLE_RADIUS_Y * 4.6)
      .setAlpha(0.2)
      .setBlendMode(Phaser.BlendModes.ADD);
    this.scene.tweens.add({
      targets: glow,
      alpha: 0.3,
      duration: 4200,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
    });
  }

  private addTable() {
    const { centreX: x, centreY: y } = this;
    const table = this.scene.add.graphics();
    table
      .fillStyle(0x000000, 0.35)
      .fillEllipse(x, y + TABLE_THICKNESS + 22, TABLE_RADIUS_X * 2.1, TABLE_RADIUS_Y * 2.1);
    table.fillStyle(0x0c1830, 1).fillEllipse(x, y + TABLE_THICKNESS, TABLE_RADIUS_X * 2, TABLE_RADIUS_Y * 2, 64);
    table.fillStyle(colours.tableTop, 1).fillEllipse(x, y, TABLE_RADIUS_X * 2, TABLE_RADIUS_Y * 2, 64);
    table.lineStyle(2, colours.tableRim, 0.85).strokeEllipse(x, y, TABLE_RADIUS_X * 2, TABLE_RADIUS_Y * 2, 64);
    table.lineStyle(1, colours.tableRim, 0.25).strokeEllipse(x, y, TABLE_RADIUS_X * 1.62, TABLE_RADIUS_Y * 1.62, 64);

    this.scene.add
      .image(x - 20, y - 16, glowTexture(this.scene, 0x6f93c9))
      .setDisplaySize(TABLE_RADIUS_X * 1.5, TABLE_RADIUS_Y * 1.3)
      .setAlpha(0.16)
      .setBlendMode(Phaser.BlendModes.ADD);
    this.addDraftText(x, y);
  }

  /** The draft ceasefire text lying in the middle of the table, the thing everyone is here to sign. */
  private addDraftText(x: number, y: number) {
    const draft = this.scene.add.container(x + 6, y - 2).setRotation(-0.1);
    const paper = this.scene.add.graphics();
    paper.fillStyle(0x000000, 0.3).fillRect(-33, -38, 70, 84);
    paper.fillStyle(colours.paper, 1).fillRect(-36, -42, 70, 84);
    paper.fillStyle(0x9aa3b5, 1);
    paper.fillRect(-26, -32, 40, 3);
    for (let line = 0; line < 7; line++) paper.fillRect(-26, -22 + line * 8, line % 3 === 2 ? 34 : 50, 2);
    paper.lineStyle(1.5, colours.goldDeep, 1).lineBetween(-26, 34, 4, 34);
    const pen = this.scene.add.graphics();
    pen.fillStyle(0x11182a, 1).fillRoundedRect(-4, -30, 7, 62, 3);
    pen.fillStyle(colours.gold, 1).fillRect(-4, -10, 7, 3);
    pen.setPosition(48, 6).setRotation(0.5);
    draft.add([paper, pen]);
  }

  private createSeat(angle: number, party: Party | undefined): Phaser.GameObjects.Container {
    const chairX = this.centreX + Math.cos(angle) * CHAIR_RADIUS_X;
    const chairY = this.centreY + Math.sin(angle) * CHAIR_RADIUS_Y;
    const seat = this.scene.add.container(0, 0);

    // Seen from above, a chair is a round seat with its backrest on the side away from the table; chairs on the
    // far side are drawn a little smaller, which is all the perspective the picture needs.
    const depthScale = 0.9 + 0.1 * ((Math.sin(angle) + 1) / 2);
    const chair = this.scene.add.graphics({ x: chairX, y: chairY }).setScale(depthScale);
    const partyColour = party ? seatColour(party) : colours.seatEmpty;
    chair.fillStyle(0x000000, 0.4).fillCircle(2, 4, 17);
    chair.fillStyle(party ? 0x22395f : 0x17284a, 1).fillCircle(0, 0, 16);
    chair.lineStyle(1, 0xffffff, party ? 0.14 : 0.06).strokeCircle(0, 0, 16);
    chair.lineStyle(7, partyColour, party ? 1 : 0.55);
    chair
      .beginPath()
      .arc(0, 0, 19, angle - 1.15, angle + 1.15, false)
      .strokePath();
    if (party?.role === 'convenor') chair.lineStyle(2, colours.gold, 1).strokeCircle(0, 0, 11);
    seat.add(chair);

    if (!party) return seat;

    const flagX = this.centreX + Math.cos(angle) * FLAG_RADIUS_X;
    const flagY = this.centreY + Math.sin(angle) * FLAG_RADIUS_Y;
    const deskFlag = this.scene.add.graphics({ x: flagX, y: flagY });
    deskFlag.lineStyle(1.5, 0xd7d2c4, 1).lineBetween(-11, -22, -11, 4);
    deskFlag.fillStyle(0xd7d2c4, 1).fillEllipse(-11, 4, 10, 4);
    drawPartyFlag(deskFlag, party.flag, { x: -10, y: -22, width: 28, height: 18 });
    seat.add(deskFlag);

    // Names sit on the outer side of each chair, above on the far side of the table and below on the near side.
    const outward = Math.sin(angle) < -0.2 ? -1 : 1;
    const label = addText(this.scene, chairX, chairY + outward * 30, party.shortName, 'keycap', {
      colour: textColours.cream,
      size: 15,
    })
      .setOrigin(0.5, 0.5)
      .setShadow(0, 1, '#000000', 4, false, true);
    seat.add(label);
    return seat;
  }

  private addAbsentNote(absent: readonly Party[], parties: readonly Party[]) {
    const names = absent.map((party) => {
      const channel = parties.find((candidate) => candidate.id === party.reachedThrough);
      return channel ? `${party.name}, heard through ${channel.shortName}` : party.name;
    });
    const y = this.centreY + CHAIR_RADIUS_Y + 92;
    const chair = this.scene.add.graphics();
    chair.lineStyle(1.5, colours.seatEmpty, 1).strokeCircle(14, 0, 12);
    chair.lineStyle(1.5, colours.danger, 0.8).lineBetween(6, 8, 22, -8);
    const text = addText(this.scene, 40, 0, `Not at the table: ${names.join(' · ')}`, 'label', {
      colour: textColours.muted,
    }).setOrigin(0, 0.5);
    const width = 40 + text.width;
    this.absentNote.setPosition(this.centreX - width / 2, y);
    this.absentNote.add([chair, text]);
    this.absentNote.setAlpha(0);
    this.scene.tweens.add({ targets: this.absentNote, alpha: 1, duration: 400, delay: 300 });
  }
}
