// The load client: a second process (never the server's) that runs one autocannon load on
// 127.0.0.1 from the plan file named on the command line and prints the figures as JSON.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { ATTEMPT_ID_MARK, type LoadPlan, type LoadResult, loadPlanSchema, type PupilLoad } from './LoadPlan';

function requestsFor(plan: LoadPlan): Parameters<typeof autocannon>[0]['requests'] {
  if (plan.route === 'health') return [{ method: 'GET', path: '/api/health' }];
  if (plan.route === 'grid') return [{ method: 'GET', path: plan.path, headers: { cookie: plan.cookie } }];
  // Each connection plays one pupil and cycles through that pupil's tasks.
  const { pupils } = plan;
  const played = new WeakMap<object, { pupil: PupilLoad; sent: number }>();
  let nextPupil = 0;
  return [
    {
      method: 'POST',
      path: '/api/attempts',
      setupRequest: (request, context) => {
        let state = played.get(context);
        if (!state) {
          const next = pupils[nextPupil % pupils.length];
          if (!next) throw new Error('the plan has no pupils');
          state = { pupil: next, sent: 0 };
          nextPupil += 1;
          played.set(context, state);
        }
        const { pupil, sent } = state;
        state.sent = sent + 1;
        const body = pupil.bodies[sent % pupil.bodies.length] ?? '';
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            cookie: pupil.cookie,
            'x-csrf-token': pupil.csrfToken,
          },
          body: body.replace(ATTEMPT_ID_MARK, randomUUID()),
        };
      },
    },
  ];
}

const plan = loadPlanSchema.parse(JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')));
const result = await autocannon({
  url: plan.url,
  connections: plan.connections,
  duration: plan.durationS,
  timeout: 10,
  requests: requestsFor(plan),
});
const out: LoadResult = {
  route: plan.route,
  connections: plan.connections,
  durationS: result.duration,
  requests: result.requests.total,
  requestsPerS: result.requests.total / result.duration,
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  latencyMaxMs: result.latency.max,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
