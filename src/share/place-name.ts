// How a card or a screen names where a run was played; a module of its own so that the run-link
// screen names the place without loading the card's renderer.

/** "Title · City", or just the title when it names the city already. */
export function placeName(title: string, city: string): string {
  return title.includes(city) ? title : `${title} · ${city}`;
}
