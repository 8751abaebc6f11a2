// Builds the server (tsc) and the web app (vite), and precompresses the web assets so the server
// sends .br/.gz files without compressing on every request.
// `--if-stale` skips the work when nothing under src/ changed since the last build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const inputs = [
  'src',
  'migrations',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.node.json',
  'tsconfig.base.json',
];

function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function isFresh() {
  const built = fs.statSync(stamp, { throwIfNoEntry: false });
  if (!built) return false;
  return Math.max(...inputs.map((input) => newestMtime(path.join(root, input)))) <= built.mtimeMs;
}

function precompress(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) precompress(file);
    else if (/\.(js|css|html|svg|json|txt|map)$/.test(entry.name)) {
      const content = fs.readFileSync(file);
      if (content.length < 1024) continue;
      fs.writeFileSync(
        `${file}.br`,
        zlib.brotliCompressSync(content, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
        }),
      );
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
    }
  }
}

if (process.argv.includes('--if-stale') && isFresh()) process.exit(0);

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
console.log('[build] server (tsc)');
fs.rmSync(path.join(root, 'dist', 'node'), { recursive: true, force: true });
run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.node.json']);
console.log('[build] web app (vite)');
run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
precompress(path.join(root, 'dist', 'web'));
fs.writeFileSync(stamp, new Date().toISOString());
console.log('[build] done');
