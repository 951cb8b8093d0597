// Who is asking: resolved once per API request from the session cookie (see authPlugin).
export type Auth =
  | { role: 'anonymous' }
  | { role: 'teacher'; teacherId: string; tokenHash: string; csrfToken: string }
  | {
      role: 'pupil';
      pupilId: string;
      classId: string;
      /** The pupil's own variant seed (fixed at join), so a submission needs no second lookup. */
      seed: number;
      tokenHash: string;
      csrfToken: string;
    };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth;
  }
}
