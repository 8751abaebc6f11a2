import { execFileSync } from 'node:child_process';
import os from 'node:os';

export type RunAs = { uid: number; gid: number } | undefined;

/**
 * PostgreSQL refuses to run as root. When the app runs as root (containers, CI machines),
 * the server's programs run as the system user `postgres`, created if missing.
 */
export function postgresRunAs(): RunAs {
  if (os.userInfo().uid !== 0) return undefined;
  try {
    return idsOf('postgres');
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
      stdio: 'ignore',
    });
    return idsOf('postgres');
  }
}

function idsOf(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid, gid };
}
