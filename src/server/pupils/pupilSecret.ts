// The short secret on a pupil's login card: two simple Dutch words and a number, such as
// "blauwe-tijger-42" (30 x 30 x 90 = 81,000 possibilities; login also needs code and nickname
// and is rate limited). Kept readable in the database so the teacher can print the cards again.
import { randomInt } from 'node:crypto';

const ADJECTIVES = [
  'rode',
  'blauwe',
  'groene',
  'gele',
  'paarse',
  'roze',
  'oranje',
  'witte',
  'zwarte',
  'grijze',
  'snelle',
  'trage',
  'blije',
  'dappere',
  'slimme',
  'grote',
  'kleine',
  'vrolijke',
  'stille',
  'wilde',
  'zachte',
  'sterke',
  'gekke',
  'lieve',
  'koele',
  'warme',
  'gouden',
  'zilveren',
  'coole',
  'lange',
] as const;

const ANIMALS = [
  'kat',
  'hond',
  'vis',
  'uil',
  'beer',
  'vos',
  'haas',
  'mus',
  'eend',
  'koe',
  'geit',
  'bij',
  'mier',
  'slak',
  'kikker',
  'egel',
  'tijger',
  'leeuw',
  'olifant',
  'zebra',
  'giraf',
  'aap',
  'panda',
  'pinguin',
  'dolfijn',
  'walvis',
  'haai',
  'krab',
  'spin',
  'draak',
] as const;

export function newPupilSecret(): string {
  const adjective = ADJECTIVES[randomInt(ADJECTIVES.length)];
  const animal = ANIMALS[randomInt(ANIMALS.length)];
  return `${adjective}-${animal}-${randomInt(10, 100)}`;
}

/** What a pupil typed, compared as: lower case, words joined by single dashes. */
export const normalizePupilSecret = (typed: string): string =>
  typed
    .trim()
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((w) => w.length > 0)
    .join('-');
