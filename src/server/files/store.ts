import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where uploaded documents live: addressed by the SHA-256 of their content, so the same file
 * uploaded twice is stored once and a stored file can be checked. Behind an interface so an
 * S3-compatible store can replace the disk later.
 */
export interface FileStore {
  put(content: Buffer): Promise<{ sha256: string; size: number }>;
  read(sha256: string): Promise<Buffer>;
}

export class DiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string) {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a content address');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(content: Buffer) {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    if (!fs.existsSync(target)) {
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      // Written under a temporary name and renamed, so a crash never leaves half a file in place.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await fs.promises.writeFile(temporary, content, { mode: 0o640 });
      await fs.promises.rename(temporary, target);
    }
    return { sha256, size: content.length };
  }

  read(sha256: string) {
    return fs.promises.readFile(this.pathOf(sha256));
  }
}
