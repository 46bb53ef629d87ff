// Phaser's FilterList (phaser/src/gameobjects/components/FilterList.js) without its add* helpers
// (addBlur, addGlow, addMask…), which pull in every filter, each a WebGL render node and its
// shader settings. Filters are WebGL only, and the map renders on canvas (vite.config.ts,
// phaserFlags): every camera still makes two empty lists, which is all this keeps. The methods
// below are Phaser 4's own (loops written with for…of). scripts/phaser-trims.ts hands this file to
// gameobjects/components/index.js in place of the original.
const Class = require('phaser-src/utils/Class');

function isActive(filter) {
  return filter.active;
}

const FilterList = new Class({
  initialize: function FilterList(camera) {
    this.camera = camera;
    this.list = [];
  },

  clear: function () {
    for (const filter of this.list) if (!filter.ignoreDestroy) filter.destroy();
    this.list.length = 0;
    return this;
  },

  add: function (filter, index) {
    if (index === undefined) this.list.push(filter);
    else this.list.splice(index, 0, filter);
    return filter;
  },

  remove: function (filter, forceDestroy) {
    const index = this.list.indexOf(filter);
    if (index !== -1) {
      this.list.splice(index, 1);
      if (!filter.ignoreDestroy || forceDestroy) filter.destroy();
    }
    return this;
  },

  getActive: function () {
    return this.list.filter(isActive);
  },

  destroy: function () {
    this.clear();
    this.camera = null;
  },
});

module.exports = FilterList;
