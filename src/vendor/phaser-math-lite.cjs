// What Phaser's core reads from its Math namespace (phaser/src/math/index.js), in place of the whole
// namespace: core/Config.js sets `RND` to a RandomDataGenerator made from the game's seed, and
// utils/object/GetAdvancedValue.js reads `RND`. The namespace itself pulls in every math module
// (3D matrices, quaternions, noise, easing…), which the canvas map never uses.
// scripts/phaser-trims.ts hands this file to those two importers only. CommonJS like them:
// Config assigns `RND` on the object it gets.
module.exports = {
  RandomDataGenerator: require('phaser-src/math/random-data-generator/RandomDataGenerator'),
  RND: null,
};
