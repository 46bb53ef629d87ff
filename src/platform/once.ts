// The one allowed form of module-level memo: a value (often a promise) made the first time it is asked for.
//
// For things that never change once made: the art manifest's entries, the card's images, the QR
// decoder. A rejected promise is kept like any other value, so `make` catches what it can recover
// from. tests/unit/module-state.test.ts allows a top-level `const x = once(…)` (and a WeakMap keyed
// by an object) and no other module-level state.
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
