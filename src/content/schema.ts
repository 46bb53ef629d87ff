// The level, policy and facts formats, as zod schemas typed against the rules' types.
// A JSON Schema is generated from these (scripts/write-schema.ts) so editors autocomplete.
import { z } from 'zod';
import {
  type ActionDef,
  type Effect,
  type EventCard,
  type Level,
  type Policy,
  type Requirement,
  SLOTS,
  STATS,
  VENUE_KINDS,
} from '../rules/types';
import { storySchema } from './story-schema';

// Before any schema is built: zod would otherwise probe `new Function` to compile fast parsers,
// and the game's Content-Security-Policy (no 'unsafe-eval') reports that probe as a violation.
z.config({ jitless: true });

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'expected an id of lowercase letters, digits and hyphens, like "public-school"',
  );
const text = z.string().trim().min(1, 'expected text, not an empty string');
export const LocalizedSchema = z
  .object({ en: text, 'zh-Hans': text })
  .strict()
  .describe('Text in English (en) and Simplified Chinese (zh-Hans).');
/** Where a file names the JSON Schema it follows, for editor autocomplete; the game ignores it. */
const schemaRef = z.string().optional();
/** How a level and a policy file open: the schema it follows and its id. */
const fileHead = { $schema: schemaRef, id };
const amount = z.number().int().describe('Yuan (¥), a whole number.');
const stat = z.enum(STATS);

export const RequirementSchema: z.ZodType<Requirement> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('registration'),
        kind: z.enum(['rural', 'urban']).optional(),
        place: z.enum(['local', 'elsewhere']).optional(),
      })
      .strict()
      .describe('The hukou: its kind (rural/urban) and place (local = this city).'),
    z
      .object({ type: z.literal('document'), id })
      .strict()
      .describe('A document the player holds.'),
    z
      .object({ type: z.literal('stat'), stat, atLeast: z.number() })
      .strict()
      .describe('A stat of at least n.'),
    z.object({ type: z.literal('month'), atLeast: z.number().int().min(1) }).strict(),
    z
      .object({ type: z.literal('flag'), id })
      .strict()
      .describe('A story flag that is set.'),
    z.object({ type: z.literal('all'), all: z.array(RequirementSchema).min(1) }).strict(),
    z.object({ type: z.literal('any'), any: z.array(RequirementSchema).min(1) }).strict(),
    z.object({ type: z.literal('not'), not: RequirementSchema }).strict(),
  ]),
);

export const EffectSchema: z.ZodType<Effect> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('stat'),
        stat,
        add: z.number(),
        why: LocalizedSchema.optional().describe(
          'The reason in a short phrase, shown beside the change: "your son is out of school".',
        ),
      })
      .strict(),
    z.object({ type: z.literal('document'), id, gain: z.boolean() }).strict(),
    z.object({ type: z.literal('flag'), id, set: z.boolean() }).strict(),
    z.object({ type: z.literal('take'), slot: z.enum(SLOTS), option: id }).strict(),
    z.object({ type: z.literal('leave'), slot: z.enum(SLOTS) }).strict(),
    z
      .object({
        type: z.literal('if'),
        if: RequirementSchema,
        then: z.array(EffectSchema),
        else: z.array(EffectSchema).optional(),
      })
      .strict(),
  ]),
);

const facts = z.array(id).min(1, 'expected at least one fact id from levels/facts.json');

const ActionSchema: z.ZodType<ActionDef> = z
  .object({
    id,
    name: LocalizedSchema,
    description: LocalizedSchema,
    days: z.number().int().min(1).max(30),
    cost: amount.min(0),
    requires: RequirementSchema.optional(),
    effects: z.array(EffectSchema),
    once: z.boolean().optional(),
    alternatives: z.array(z.object({ venue: id, action: id }).strict()).optional(),
    facts,
  })
  .strict();

const StartSchema = z
  .object({
    stats: z
      .object(
        Object.fromEntries(STATS.map((s) => [s, z.number()])) as Record<(typeof STATS)[number], z.ZodNumber>,
      )
      .partial()
      .strict()
      .optional(),
    documents: z.array(id).optional(),
    flags: z.array(id).optional(),
  })
  .strict();

const EventSchema: z.ZodType<EventCard> = z
  .object({
    id,
    title: LocalizedSchema,
    text: LocalizedSchema,
    weight: z.number().min(0),
    fromMonth: z.number().int().min(1).optional(),
    recurs: z
      .boolean()
      .optional()
      .describe('Drawn again after its first time; without it a card is drawn at most once a run.'),
    requires: RequirementSchema.optional().describe(
      'Who sees the card: drawn like any other, it passes unseen (a month without a card) for a run that does not meet this, e.g. a card only a local player sees.',
    ),
    effects: z.array(EffectSchema),
    choices: z
      .array(
        z
          .object({
            id,
            label: LocalizedSchema,
            requires: RequirementSchema.optional(),
            effects: z.array(EffectSchema),
          })
          .strict(),
      )
      .optional(),
    facts,
  })
  .strict();

const named = z.object({ id, name: LocalizedSchema }).strict();

export const LevelSchema = z
  .object({
    ...fileHead,
    title: LocalizedSchema,
    summary: LocalizedSchema,
    note: LocalizedSchema.describe('What the level simplifies, said plainly.'),
    rulesAsOf: z
      .number()
      .int()
      .min(1949)
      .max(2100)
      .describe('The year whose rules the level is set in, e.g. 2026; shown as "Rules as of 2026".'),
    reformMade: z
      .object({ text: LocalizedSchema, facts })
      .strict()
      .describe('One reform already made that touches the level’s walls, named on the outcome.'),
    city: z
      .object({
        name: LocalizedSchema,
        population: text.describe('Size class, e.g. "1–3 million".'),
        width: z.number().int().min(8).max(64),
        height: z.number().int().min(8).max(64),
      })
      .strict(),
    months: z.number().int().min(1).max(60),
    daysPerMonth: z.number().int().min(1).max(31),
    walkTilesPerDay: z.number().min(1),
    livingCost: amount.min(0),
    start: z
      .object({
        stats: z
          .object(
            Object.fromEntries(STATS.map((s) => [s, z.number()])) as Record<
              (typeof STATS)[number],
              z.ZodNumber
            >,
          )
          .strict(),
        documents: z.array(id).optional(),
        flags: z.array(id).optional(),
        at: id,
      })
      .strict(),
    registrations: z
      .array(
        z
          .object({
            id,
            name: LocalizedSchema,
            kind: z.enum(['rural', 'urban']),
            place: z.enum(['local', 'elsewhere']),
            start: StartSchema,
            insuranceElsewhere: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .min(2, 'expected at least two registrations, so that a run has a twin'),
    districts: z
      .array(
        z
          .object({
            id,
            name: LocalizedSchema,
            x: z.number().int().min(0),
            y: z.number().int().min(0),
            w: z.number().int().min(1),
            h: z.number().int().min(1),
          })
          .strict(),
      )
      .min(1),
    venues: z
      .array(
        z
          .object({
            id,
            kind: z.enum(VENUE_KINDS),
            name: LocalizedSchema,
            x: z.number().int().min(0),
            y: z.number().int().min(0),
            district: id,
            actions: z.array(ActionSchema).min(1),
          })
          .strict(),
      )
      .min(2),
    options: z.array(
      z
        .object({
          id,
          slot: z.enum(SLOTS),
          name: LocalizedSchema,
          monthly: amount,
          insured: z.boolean().optional(),
          contribution: amount.min(0).optional(),
          health: z.number().optional(),
          family: z.number().optional(),
          points: z.number().optional(),
        })
        .strict(),
    ),
    events: z.array(EventSchema).min(1),
    goals: z
      .array(
        z
          .object({ id, name: LocalizedSchema, requires: RequirementSchema, top: z.boolean().optional() })
          .strict(),
      )
      .min(1),
    monthly: z.array(EffectSchema),
    lose: z.object({ moneyBelow: amount }).strict(),
    policies: z.array(id),
    documents: z.array(named),
    flags: z.array(named),
    facts: z.array(id),
    standIns: z
      .object({
        documents: z.array(id).optional(),
        stats: z.array(stat.exclude(['money'])).optional(),
        flags: z.array(id).optional(),
      })
      .strict()
      .optional()
      .describe(
        'What stands in for a registration in this level: a refusal whose failing conditions include one of these is a wall (with its hukou fact), any other refusal is not. Money never does.',
      ),
    ...storySchema(LocalizedSchema, RequirementSchema),
  })
  .strict();

// Compile-time check that a parsed level is a rules Level.
export type ParsedLevel = z.infer<typeof LevelSchema>;
const _levelFits = (l: ParsedLevel): Level => l;
void _levelFits;

export const PolicySchema = z
  .object({
    ...fileHead,
    name: LocalizedSchema,
    summary: LocalizedSchema,
    rewrites: z.array(
      z
        .object({
          match: z
            .object({
              type: z.enum(['registration', 'document', 'stat', 'month', 'flag']),
              kind: z.enum(['rural', 'urban']).optional(),
              place: z.enum(['local', 'elsewhere']).optional(),
              id: id.optional(),
              stat: stat.optional(),
              atLeast: z.number().optional(),
            })
            .strict(),
          replace: RequirementSchema,
        })
        .strict(),
    ),
    portableInsurance: z.boolean().optional(),
    facts: z.array(id),
  })
  .strict();
const _policyFits = (p: z.infer<typeof PolicySchema>): Policy => p as Policy;
void _policyFits;

export const SourceSchema = z
  .object({
    id,
    publisher: text,
    title: text,
    // Only web links: a source opens in a new tab, so javascript:, data: or file: must never pass.
    url: z.url({
      protocol: z.regexes.httpProtocol,
      error: 'expected a web address starting with https:// or http://',
    }),
  })
  .strict()
  .describe('A public source from hukou-facts.md.');

export const FactSchema = z
  .object({
    id,
    topic: z.enum([
      'origins',
      'reforms',
      'scale',
      'education',
      'health',
      'pensions',
      'jobs-housing',
      'income',
      'game-scale',
    ]),
    text: LocalizedSchema,
    figure: LocalizedSchema.optional().describe(
      'The figure the fact states, as shown in the game, e.g. "¥4,961 a month".',
    ),
    year: LocalizedSchema.describe('The year or period the fact holds for.'),
    from: z.number().int().min(1900).max(2100).describe('The first year the fact holds (machine-readable).'),
    until: z
      .number()
      .int()
      .min(1900)
      .max(2100)
      .optional()
      .describe(
        'The last year the fact holds; left out while it still holds (a rule in force, the latest figure).',
      ),
    supersededBy: id
      .optional()
      .describe('The fact that replaced this one; a level may cite this one only beside its successor.'),
    singleSource: z.boolean().describe('True where the facts sheet marks the figure "(single source)".'),
    approximation: z
      .boolean()
      .optional()
      .describe('A play-balance approximation, labelled as such in the game.'),
    sources: z.array(id).min(1),
  })
  .strict();

export const FactsFileSchema = z
  .object({
    $schema: schemaRef,
    facts: z.array(FactSchema).min(1),
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

export type Fact = z.infer<typeof FactSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type FactsFile = z.infer<typeof FactsFileSchema>;
