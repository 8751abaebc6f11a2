// `npm run demo`: the platform on its own data directory (./data-demo) with demo accounts and
// sample records, so trying it never touches the real ./data.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const child = spawn(process.execPath, [path.join(root, 'dist/node/server/main.js')], {
  stdio: 'inherit',
  env: { DATA_DIR: path.join(root, 'data-demo'), ...process.env, DEMO: 'true' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
