// The baseline the game's load time is compared with: a stock Phaser 4 "hello world",
// the full Phaser build as its package exports it, built with Vite's defaults.
import * as Phaser from 'phaser';

class Hello extends Phaser.Scene {
  create() {
    this.add.text(100, 100, 'Hello world', { fontSize: '48px', color: '#ffffff' });
    this.game.events.once('postrender', () => performance.mark('bench:first-frame'));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hello });
