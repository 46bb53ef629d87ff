// The first scene: nothing to load, it hands the run's options to the Preloader.
import Phaser from 'phaser';
import type { CityOptions, CityView } from './city-view';

export interface SceneData {
  options: CityOptions;
  onView: (view: CityView) => void;
  /** The map's clipped box (the baked map and Phaser's parent go inside). */
  layer: HTMLElement;
  /** Phaser's parent element; its size is the canvas's size (Scale.RESIZE). */
  sprites: HTMLElement;
}

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(data: SceneData): void {
    this.scene.start('Preloader', data);
  }
}
