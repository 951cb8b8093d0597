// Starts the server: reads the environment, builds the app, listens, prints where to go (and
// the LAN addresses tablets can use), and shuts down gracefully on SIGINT/SIGTERM.
import { networkInterfaces } from 'node:os';
import { buildApp } from './app';
import { configFromEnv } from './config';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const config = configFromEnv(process.env);
const app = await buildApp(config);
await app.listen({ port, host });

const local = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`Festivalmakers runs at http://${local}:${port}/`);
console.log(`Teachers: http://${local}:${port}/teacher.html`);
if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address);
  const addresses = host === '0.0.0.0' || host === '::' ? lan : [host];
  for (const address of addresses) console.log(`Tablets in the class: http://${address}:${port}/`);
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
