// Festival nicknames: a generator ("DJ Volt") and a filter against rude names in Dutch,
// French and English that sees through capitals, accents, spacing and l33t spelling.
import type { Rng } from '../random/Rng';

const TITLES = ['DJ', 'MC', 'Captain', 'Lady', 'Sir', 'Professor', 'Doctor', 'Mister', 'Miss', 'Big'];
const NAMES = [
  'Volt',
  'Bass',
  'Echo',
  'Laser',
  'Beat',
  'Groove',
  'Sparkle',
  'Decibel',
  'Watt',
  'Rhythm',
  'Tempo',
  'Neon',
  'Disco',
  'Spotlight',
  'Subwoofer',
  'Confetti',
  'Amp',
  'Glitter',
  'Funk',
  'Pixel',
];

/** A fun festival nickname such as "DJ Volt" or "Captain Decibel". */
export function generateNickname(rng: Rng): string {
  return `${rng.pick(TITLES)} ${rng.pick(NAMES)}`;
}

/**
 * Word stems that make a name rude, in nl, fr and en. They are matched inside the name after
 * normalising, so keep them long enough not to hit innocent words.
 */
const RUDE_STEMS = [
  // English
  'fuck',
  'shit',
  'bitch',
  'cunt',
  'dick',
  'cock',
  'pussy',
  'whore',
  'slut',
  'bastard',
  'asshole',
  'wanker',
  'nigger',
  'nigga',
  'faggot',
  'retard',
  'penis',
  'vagina',
  'porn',
  'nazi',
  'hitler',
  'rape',
  // Dutch (Flemish)
  'kut',
  'klootzak',
  'lul',
  'hoer',
  'slet',
  'neuk',
  'kanker',
  'tering',
  'tyfus',
  'mongool',
  'flikker',
  'pik',
  'trut',
  'sukkel',
  'eikel',
  // French
  'merde',
  'putain',
  'pute',
  'salope',
  'connard',
  'connasse',
  'encule',
  'bite',
  'couille',
  'batard',
  'nique',
  'niquer',
  'pede',
  'chier',
  'bordel',
  'enfoire',
];
/** Short stems that only count as a whole word, not inside another word ("pik" but not "pikachu"). */
const WHOLE_WORD_ONLY = new Set([
  'kut',
  'lul',
  'pik',
  'bite',
  'pute',
  'dick',
  'cock',
  'rape',
  'pede',
  'tering',
  'nique',
  'trut',
  'eikel',
]);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** Lower case, accents off, l33t letters back to letters; words kept apart by single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[013457@$!]/g, (c) => LEET[c] ?? c)
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

export type NicknameProblem = 'empty' | 'too-long' | 'rude';
export const NICKNAME_MAX = 24;

/** Why a nickname cannot be used, or null when it is fine. */
export function nicknameProblem(name: string): NicknameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > NICKNAME_MAX) return 'too-long';
  const words = normaliseName(trimmed);
  const squashed = words.replace(/ /g, '');
  const wordList = words.split(' ');
  for (const stem of RUDE_STEMS) {
    if (WHOLE_WORD_ONLY.has(stem) ? wordList.includes(stem) || squashed === stem : squashed.includes(stem)) {
      return 'rude';
    }
  }
  return null;
}
