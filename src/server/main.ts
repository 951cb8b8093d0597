// Starts the server: reads the environment, builds the app, listens, and shuts down gracefully.
import { buildApp } from './app';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const app = await buildApp();
await app.listen({ port, host });
console.log(`Festivalmakers runs at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.close().then(() => process.exit(0));
  });
}
