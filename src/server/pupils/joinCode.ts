// Class join codes: 6 characters a pupil can copy from the board without mixing up 0/O or 1/I/L.
import { randomInt } from 'node:crypto';

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a pupil typed, as a code: upper case, without spaces and dashes. */
export const normalizeJoinCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]+/g, '');
