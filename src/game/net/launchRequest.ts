// What the address asks for at start: a teacher's preview of one level (?level=ID&preview=1)
// or joining a class (?join=CODE, the link in the class QR code). Read once per visit.
export type LaunchRequest = { kind: 'preview'; levelId: string } | { kind: 'join'; code: string } | null;

/** Reads the request from a query string. */
export function launchRequestOf(search: string): LaunchRequest {
  const params = new URLSearchParams(search);
  const levelId = params.get('level');
  if (levelId && params.get('preview') === '1') return { kind: 'preview', levelId };
  const code = params.get('join');
  return code ? { kind: 'join', code: code.slice(0, 12) } : null;
}

let request: LaunchRequest | undefined;
let taken = false;

/** The request of this page's address (the same all visit long). */
export function launchRequest(): LaunchRequest {
  request ??= typeof window === 'undefined' ? null : launchRequestOf(window.location.search);
  return request;
}

/** The request the first time it is asked for, then null (the title screen acts on it once). */
export function takeLaunchRequest(): LaunchRequest {
  if (taken) return null;
  taken = true;
  return launchRequest();
}
