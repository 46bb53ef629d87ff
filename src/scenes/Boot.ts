// The first scene: nothing to load, it hands the run's options to the Preloader.
import Phaser from 'phaser';
import type { CityOptions, CityView } from './city-view';

export interface SceneData {
  options: CityOptions;
  onView: (view: CityView) => void;
}

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(data: SceneData): void {
    this.scene.start('Preloader', data);
  }
}
