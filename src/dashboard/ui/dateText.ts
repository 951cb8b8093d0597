// Dates and times in the teacher's language, short enough for a table.
import { currentLanguage } from '../i18n';

export const dateTimeText = (iso: string | null): string =>
  iso === null
    ? '–'
    : new Date(iso).toLocaleString(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

export const dateText = (iso: string): string =>
  new Date(iso).toLocaleDateString(currentLanguage(), { dateStyle: 'medium' });
