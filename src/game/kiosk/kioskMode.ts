// Kiosk mode is on when the page was opened as `/?kiosk=<event token>` (the organiser's link).
import { z } from 'zod';

const tokenSchema = z.string().min(16).max(100);

/** The event's kiosk token from the address, or null when this is the normal game. */
export function kioskTokenFrom(search: string): string | null {
  const parsed = tokenSchema.safeParse(new URLSearchParams(search).get('kiosk'));
  return parsed.success ? parsed.data : null;
}

let token: string | null | undefined;

/** This page's kiosk token (read once), or null. */
export function kioskToken(): string | null {
  token ??= kioskTokenFrom(window.location.search);
  return token;
}
