// The run link code: level + seed + registration + policy + intents, small enough for a link,
// so that a friend can play the same city with the same luck (or watch the same run replayed).
import type { Intent } from '../rules/types';
import { isRunRecord, type RunRecord } from '../store/run-record';
import { at, CorruptCode } from './codec';
import {
  bytesFormat,
  type CodeError,
  type CodeFormat,
  codeUrl,
  type Decoded,
  envelopeV1,
  readCodeParam,
} from './envelope';

/** Longest run code accepted; a 5,000-intent run (the most a record may hold) fits well within it. */
export const MAX_RUN_CODE_LENGTH = 8192;
const ENVELOPE = envelopeV1('R', '.', MAX_RUN_CODE_LENGTH, 65_536);
/**
 * Version 1 layout, before deflate: string table; level, registration, policy (indices); seed;
 * intent count; then one varint per intent, (string index × 4 + kind), and for `act` the action index;
 * 0 is endMonth and 4 is finish.
 */
export const RUN_CODE_VERSION = ENVELOPE.version;

const END_MONTH = 0;
const MOVE = 1;
const ACT = 2;
const CHOOSE = 3;
/** Kind 0 with payload 1: an opcode that was unused in the first codes, so they still decode. */
const FINISH = 4;

export type DecodedRun = { ok: true; record: RunRecord } | { ok: false; error: CodeError };

/** The run link code in the envelope's byte layout: "R1.…", carried by `?run=`. */
export const RUN_CODE: CodeFormat<RunRecord> = bytesFormat({
  name: 'run',
  param: 'run',
  envelope: ENVELOPE,
  valid: isRunRecord,
  write(record, body, ref) {
    body.uint(ref(record.levelId));
    body.uint(ref(record.registrationId));
    body.uint(ref(record.policyId));
    body.uint(record.seed);
    body.uint(record.intents.length);
    for (const i of record.intents) {
      switch (i.type) {
        case 'endMonth':
          body.uint(END_MONTH);
          break;
        case 'finish':
          body.uint(FINISH);
          break;
        case 'move':
          body.uint(ref(i.venue) * 4 + MOVE);
          break;
        case 'act':
          body.uint(ref(i.venue) * 4 + ACT).uint(ref(i.action));
          break;
        case 'choose':
          body.uint(ref(i.choice) * 4 + CHOOSE);
          break;
      }
    }
  },
  read(r, table): RunRecord {
    const levelId = at(table, r);
    const registrationId = at(table, r);
    const policyId = at(table, r);
    const seed = r.uint(0xffffffff);
    // Every intent takes at least one byte, so the count is bounded by what is left.
    const n = r.uint(r.remaining);
    const intents: Intent[] = [];
    for (let k = 0; k < n; k++) {
      const op = r.uint(table.length * 4);
      if (op === END_MONTH || op === FINISH) {
        intents.push({ type: op === END_MONTH ? 'endMonth' : 'finish' });
        continue;
      }
      const kind = op % 4;
      const s = table[(op - kind) / 4];
      // Stryker disable next-line StringLiteral: a CorruptCode's message is never shown (parseWith)
      if (s === undefined || kind === END_MONTH) throw new CorruptCode('not an intent');
      if (kind === MOVE) intents.push({ type: 'move', venue: s });
      else if (kind === ACT) intents.push({ type: 'act', venue: s, action: at(table, r) });
      else intents.push({ type: 'choose', choice: s });
    }
    return { levelId, seed, registrationId, policyId, intents };
  },
});

const asRun = (d: Decoded<RunRecord>): DecodedRun => (d.ok ? { ok: true, record: d.value } : d);

/** Encodes a run record; throws a RangeError for a record that is malformed or too large to share. */
export function encodeRun(record: RunRecord): string {
  return RUN_CODE.encode(record);
}

/** Decodes any string; never throws, and answers with the reason when it is not a run code. */
export function decodeRun(code: string): DecodedRun {
  return asRun(RUN_CODE.decode(code));
}

/** The share link: the page's address with `run=CODE` in its query (any old `run` replaced, the hash kept). */
export function runUrl(baseUrl: string, record: RunRecord): string {
  return codeUrl(RUN_CODE, baseUrl, record);
}

/** Reads `run=` from a location's search string: null when there is none, else the decoded code. */
export function readRunParam(search: string): DecodedRun | null {
  const d = readCodeParam(RUN_CODE, search);
  return d && asRun(d);
}
