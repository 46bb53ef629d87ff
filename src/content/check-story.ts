// levels:check for a level's family, reactions and epilogue: every name a known id, every
// member given a portrait (the schema) and an epilogue line that always holds.
import type { Level, Requirement } from '../rules/types';
import { storyOf } from './story';

type Path = (string | number)[];

export function checkStory(
  level: Level,
  add: (path: Path, message: string) => void,
  checkFacts: (facts: string[], path: Path) => void,
  checkReq: (r: Requirement, path: Path) => void,
): void {
  const { family, reactions, epilogue } = storyOf(level);
  const ids = new Set<string>();
  family.forEach((m, i) => {
    if (ids.has(m.id)) add(['family', i, 'id'], `duplicate family member id "${m.id}"`);
    ids.add(m.id);
  });
  const members = family.map((m) => m.id).join(', ');
  const member = (id: string, path: Path) => {
    if (!ids.has(id)) add(path, `unknown family member "${id}"; expected one of ${members}`);
  };
  const venueAction = (venue: string, action: string | undefined, path: Path) => {
    const v = level.venues.find((x) => x.id === venue);
    if (!v) add([...path, 'venue'], `unknown venue "${venue}"`);
    else if (action !== undefined && !v.actions.some((a) => a.id === action))
      add([...path, 'action'], `venue "${venue}" has no action "${action}"`);
  };
  reactions.forEach((r, i) => {
    const p: Path = ['reactions', i];
    member(r.member, [...p, 'member']);
    if (r.on.type === 'wall') venueAction(r.on.venue, r.on.action, [...p, 'on']);
    if (r.on.type === 'event' && !level.events.some((e) => e.id === (r.on as { id: string }).id))
      add([...p, 'on', 'id'], `unknown event "${r.on.id}"`);
    if (r.on.type === 'goal' && !level.goals.some((g) => g.id === (r.on as { id: string }).id))
      add([...p, 'on', 'id'], `unknown goal "${r.on.id}"`);
  });
  epilogue.lines.forEach((l, i) => {
    const p: Path = ['epilogue', 'lines', i];
    member(l.member, [...p, 'member']);
    if (l.when) checkReq(l.when, [...p, 'when']);
    if (l.wall) venueAction(l.wall.venue, l.wall.action, [...p, 'wall']);
    if (l.facts) checkFacts(l.facts, [...p, 'facts']);
  });
  family.forEach((m, i) => {
    if (!epilogue.lines.some((l) => l.member === m.id && !l.when && !l.wall))
      add(
        ['family', i],
        `family member "${m.id}" has no epilogue line without "when" or "wall"; add one, so that every ending has a line for them`,
      );
  });
}
