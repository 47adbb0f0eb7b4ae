// The browser entry point: the autosave is read back first (autosaveBoot.ts), then Phaser boots with the game's
// configuration. A shared game link (`#g1.…`) opens the replay viewer (openShareLink.ts); otherwise startFromUrl
// acts on a start link (`?scenario=…&seat=…`) or a test link (`?test&…&outcome`). Nothing else starts here.
import Phaser from 'phaser';
import { bootAutosave } from './game/autosaveBoot';
import { gameConfig } from './game/config';
import { handleEachKeyOnce } from './game/keyboardQueue';
import { openShareLink } from './game/openShareLink';
import { startFromUrl } from './game/startFromUrl';
import { useMultiplyOnlyTint } from './game/render/multiplyTint';

bootAutosave();
const game = new Phaser.Game(gameConfig);
game.events.once(Phaser.Core.Events.READY, () => useMultiplyOnlyTint(game));
handleEachKeyOnce(game);
if (!openShareLink(game)) startFromUrl(game);
