// Small zod schemas that several routes share (ids in the URL, e-mail, password, nickname).
import { z } from 'zod';
import { NICKNAME_MAX, nicknameProblem } from '../../core/progress/nicknames';

export const classParams = z.object({ classId: z.string().min(1).max(64) });
export const pupilParams = classParams.extend({ pupilId: z.string().min(1).max(64) });
export const levelParams = classParams.extend({ levelId: z.string().min(1).max(64) });
export const levelFilterQuery = z.object({ levelId: z.string().min(1).max(64).optional() });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'is not an e-mail address' }));

export const passwordSchema = z
  .string()
  .min(10, { error: 'must be at least 10 characters' })
  .max(200, { error: 'must be at most 200 characters' });

/** A nickname: 2 to 24 letters, digits, spaces, dot, dash or underscore, and not rude. */
export const nicknameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2, { error: 'must be at least 2 characters' })
      .max(NICKNAME_MAX, { error: `must be at most ${NICKNAME_MAX} characters` })
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, {
        error: 'may only hold letters, digits, spaces, dots, dashes and underscores',
      })
      .refine((s) => nicknameProblem(s) === null, { error: 'is not allowed; choose another nickname' }),
  );

export const joinCodeSchema = z.string().min(1).max(20);
