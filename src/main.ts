// The browser entry point: boots Phaser with the game's configuration. Nothing else starts here.
import Phaser from 'phaser';
import { gameConfig } from './game/config';

new Phaser.Game(gameConfig);
