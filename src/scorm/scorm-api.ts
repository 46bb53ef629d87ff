// The SCORM 1.2 API as a content package finds it: the standard search through frames and the
// opener (after ADL's sample code), and the runtime's time format. No DOM beyond window links.

/** The SCORM 1.2 runtime API (IEEE 1484.11.2 names, as the LMS provides them). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

const isApi = (x: unknown): x is Scorm12Api =>
  typeof x === 'object' && x !== null && typeof (x as Scorm12Api).LMSInitialize === 'function';

/** Walks up the frames from `win` (at most 7 levels, as ADL's sample does) looking for `API`. */
function searchUp(win: Window | null): Scorm12Api | null {
  let w = win;
  for (let tries = 0; w && tries <= 7; tries++) {
    try {
      const api = (w as unknown as { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      return null; // a frame of another origin: the search stops there
    }
    if (!w.parent || w.parent === w) break;
    w = w.parent;
  }
  return null;
}

/** The standard search: this window and its parents, then the window that opened it and its parents. */
export function findApi(win: Window): Scorm12Api | null {
  let opener: Window | null = null;
  try {
    opener = win.top?.opener ?? win.opener ?? null;
  } catch {
    opener = null;
  }
  return searchUp(win) ?? searchUp(opener);
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS. */
export function timespan(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(s / 3600), 4)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}
