// The Phaser namespace the city map uses, built from phaser/src so that only these parts ship.
// vite.config.ts aliases `phaser` here (types still come from the phaser package) and fixes
// Phaser's build flags (renderer, sound) the way its own webpack build does.
// To use another part of Phaser in src/scenes: import it here (factories, loader file types
// and scene plugins register themselves when imported) and add it to the namespace below.
import CONST from 'phaser-src/const';
import Game from 'phaser-src/core/Game';
import Clamp from 'phaser-src/math/Clamp';
import SCALE_MODE from 'phaser-src/scale/const/SCALE_MODE_CONST';
import Scene from 'phaser-src/scene/Scene';

// Core scene plugins (Phaser's DefaultPlugins.CoreScene) and the default ones the map uses.
import 'phaser-src/events/EventEmitter';
import 'phaser-src/cameras/2d/CameraManager';
import 'phaser-src/gameobjects/GameObjectCreator';
import 'phaser-src/gameobjects/GameObjectFactory';
import 'phaser-src/scene/ScenePlugin';
import 'phaser-src/gameobjects/DisplayList';
import 'phaser-src/gameobjects/UpdateList';
import 'phaser-src/input/InputPlugin';
import 'phaser-src/loader/LoaderPlugin';

// this.add.* used by src/scenes.
import 'phaser-src/gameobjects/container/ContainerFactory';
import 'phaser-src/gameobjects/graphics/GraphicsFactory';
import 'phaser-src/gameobjects/image/ImageFactory';
import 'phaser-src/gameobjects/sprite/SpriteFactory';
import 'phaser-src/gameobjects/text/TextFactory';
import 'phaser-src/gameobjects/tilesprite/TileSpriteFactory';

// this.load.* used by src/scenes.
import 'phaser-src/loader/filetypes/ImageFile';
import 'phaser-src/loader/filetypes/SpriteSheetFile';
import 'phaser-src/loader/filetypes/SVGFile';

const Phaser = {
  ...CONST,
  Game,
  Scene,
  Math: { Clamp },
  Scale: { ...SCALE_MODE },
};

export default Phaser;
