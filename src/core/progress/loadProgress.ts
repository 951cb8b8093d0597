// Reads stored progress text safely: missing gives empty progress; broken JSON or a save that
// fails the schema gives empty progress plus a problem, so the game can report it and keep it aside.
import { emptyProgress, type Progress, progressSchema } from './Progress';

export type LoadedProgress = { progress: Progress; problem: null | { reason: string } };

export function loadProgress(text: string | null): LoadedProgress {
  if (text === null || text === '') return { progress: emptyProgress(), problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { progress: emptyProgress(), problem: { reason: `broken JSON: ${String(error)}` } };
  }
  const parsed = progressSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : '';
    return {
      progress: emptyProgress(),
      problem: { reason: `not a valid save at '${where}': ${first?.message}` },
    };
  }
  return { progress: parsed.data, problem: null };
}
