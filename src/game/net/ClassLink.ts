// How the game joins a teacher's class. The game only knows this interface; the server engineer
// supplies the real implementation later (setClassLink). Until then the local one answers that
// there is no server connection, so the Join screen can show it honestly.

export type JoinResult =
  | { ok: true; classSeed: number; className: string }
  | { ok: false; error: 'no-server' | 'unknown-code' | 'name-taken' | 'invalid' };

export interface ClassLink {
  /** Joins the class with this code under this nickname. */
  joinClass(code: string, nickname: string): Promise<JoinResult>;
}

/** The stand-in used until the server exists: it never reaches a class. */
export const localClassLink: ClassLink = {
  joinClass: async () => ({ ok: false, error: 'no-server' }),
};

let link: ClassLink = localClassLink;

export const classLink = (): ClassLink => link;

/** Replaces the class link (the server implementation, or a fake in tests). */
export function setClassLink(next: ClassLink): void {
  link = next;
}
