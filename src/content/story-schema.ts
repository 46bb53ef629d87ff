// The zod schema of a level's story blocks (family, reactions, epilogue), apart from story.ts so
// that the screens which read a story (title, city, epilogue) do not load zod: only the content
// bundle's schema.ts imports this.
import { z } from 'zod';
import type { Localized, Requirement } from '../rules/types';
import { FACES, PORTRAITS } from './story';

// Before any schema here parses: zod would otherwise probe `new Function` (CSP, see schema.ts).
z.config({ jitless: true });

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and hyphens');

/** The three story blocks of a level file; RequirementSchema and LocalizedSchema come from schema.ts. */
export function storySchema(loc: z.ZodType<Localized>, requirement: z.ZodType<Requirement>) {
  const face = z.enum(FACES);
  return {
    family: z
      .array(
        z
          .object({
            id,
            name: loc,
            role: loc.describe('Who they are to you, e.g. "your daughter, 8".'),
            portrait: z.enum(PORTRAITS).describe('A portrait the art script draws (src/content/story.ts).'),
            intro: loc.describe('Who they are and what they hope for, in one line.'),
          })
          .strict(),
      )
      .min(1, 'expected at least one family member, with a name and a portrait')
      .describe('The named family the player plays for.'),
    reactions: z
      .array(
        z
          .object({
            on: z.discriminatedUnion('type', [
              z.object({ type: z.literal('wall'), venue: id, action: id.optional() }).strict(),
              z.object({ type: z.literal('event'), id }).strict(),
              z.object({ type: z.literal('goal'), id }).strict(),
            ]),
            member: id,
            face,
            line: loc,
          })
          .strict(),
      )
      .describe('One line and a face from a family member when a wall, an event or a goal happens.'),
    epilogue: z
      .object({
        lines: z.array(
          z
            .object({
              member: id,
              when: requirement.optional(),
              wall: z.object({ venue: id, action: id.optional() }).strict().optional(),
              face,
              line: loc,
              facts: z.array(id).optional(),
            })
            .strict(),
        ),
        question: loc.describe('The one question the level ends on.'),
      })
      .strict()
      .describe('"A year later…": per family member, the first line whose condition the end state meets.'),
  };
}
