// The real server (src/server/main.ts) in its own process on 127.0.0.1, as `npm start` runs it,
// with its memory read from /proc: the peak resident size can be reset before a measured request.
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';

export interface ServerOptions {
  port: number;
  dataDir: string;
  staticDir: string;
  levelsDir: string;
  logFile: string;
}

const statusKb = (pid: number, field: string): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.replace(/\D+/g, '') ?? Number.NaN);
};

export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(options: ServerOptions): Promise<ServerProcess> {
    const log = openSync(options.logFile, 'a');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        DATA_DIR: options.dataDir,
        STATIC_DIR: options.staticDir,
        LEVELS_DIR: options.levelsDir,
        NODE_ENV: 'production',
      },
      stdio: ['ignore', log, log],
    });
    const server = new ServerProcess(child, `http://127.0.0.1:${options.port}`);
    await server.waitHealthy(60_000);
    return server;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the server process has no pid');
    return this.child.pid;
  }

  /** Resident memory now, in MB. */
  rssMb(): number {
    return statusKb(this.pid, 'VmRSS') / 1024;
  }

  /** Resets the peak resident size (Linux clear_refs); returns false where that is not allowed. */
  resetPeak(): boolean {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  /** Peak resident memory since start or the last resetPeak, in MB. */
  peakMb(): number {
    return statusKb(this.pid, 'VmHWM') / 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`the server exited with ${this.child.exitCode}`);
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the server did not answer /api/health within ${timeoutMs} ms`);
  }
}
