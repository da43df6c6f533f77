// The main job until the hub exists: validate and build the example pack preview, then serve it
// on this machine. Everything is local; the page makes no request to any other host.
import { spawn, spawnSync } from 'node:child_process';

const cwd = 'examples/pack-preview';
const vite = 'node_modules/.bin/vite'; // relative to cwd: vite is the example's own dependency

console.log('Building the pack preview (examples/pack-preview)…');
const build = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd, stdio: 'inherit' });
if (build.error)
  console.error(`Could not run vite: ${build.error.message}. Run \`npm start\` from the repository root.`);
if (build.status !== 0) process.exit(build.status ?? 1);

// Vite takes the next free port when this one is busy, and prints the address it uses.
const port = process.env.PORT ?? '4173';
const server = spawn(vite, ['preview', '--port', port], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (chunk) => {
  const text = String(chunk);
  process.stdout.write(text);
  if (/Local:/.test(text))
    console.log('\nOpen the address above in a browser to review the example pack. Press Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
