/** Starts {@link ./hub-process.ts} as a child process and waits until it listens. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface HubProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  readonly setupCode: string | null;
}

const SCRIPT = fileURLToPath(new URL('./hub-process.ts', import.meta.url));

export function spawnHub(dataDir: string, port = 0): Promise<HubProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=tutorkit-source', '--import', 'tsx', SCRIPT, dataDir, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.once('exit', (code) => reject(new Error(`hub exited with ${code} before listening`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line) {
        const info = JSON.parse(line) as { url: string; port: number; setupCode: string | null };
        resolve({ child, ...info });
      }
    });
  });
}

/** Kills the hub with `signal` and waits for the process to end. */
export async function killHub(hub: HubProcess, signal: NodeJS.Signals): Promise<void> {
  if (hub.child.exitCode !== null || hub.child.signalCode !== null) return;
  const exited = new Promise((resolve) => hub.child.once('exit', resolve));
  hub.child.kill(signal);
  await exited;
}
