// POST /api/attempts: a pupil's try at a task, checked and scored by the server.
import type { FastifyInstance } from 'fastify';
import { attemptSubmissionSchema } from '../../client/contract/attemptContract';
import type { AppContext } from '../AppContext';
import { submitAttempt } from '../attempts/submitAttempt';
import { requirePupil } from '../auth/guards';

export function attemptRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/attempts', async (request, reply) => {
    const auth = requirePupil(request);
    const submission = attemptSubmissionSchema.parse(request.body);
    // The session lookup found the pupil a moment ago; a removed pupil's session is gone with them.
    const pupil = { id: auth.pupilId, classId: auth.classId, seed: auth.seed };
    const { result, stored } = await submitAttempt(ctx, pupil, submission);
    if (stored) {
      await ctx.events.publish(pupil.classId, {
        type: 'attempt',
        pupilId: pupil.id,
        levelId: stored.level_id,
        taskId: stored.task_id,
        correct: stored.correct === 1,
        taskPoints: stored.task_points,
        taskStars: stored.task_stars,
        receivedAt: stored.received_at,
      });
    }
    return reply.status(result.duplicate ? 200 : 201).send(result);
  });
}
