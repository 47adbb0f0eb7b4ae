// The browser entry point: boots Phaser with the game's configuration. Nothing else starts here (startFromUrl
// acts only on a `?test&…&outcome` link).
import Phaser from 'phaser';
import { gameConfig } from './game/config';
import { startFromUrl } from './game/startFromUrl';

startFromUrl(new Phaser.Game(gameConfig));
