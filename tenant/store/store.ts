// Persistence: named JSON documents and content blobs under the data directory.
// Documents are kept in memory and written atomically when a request that changed them finishes,
// so a restart loses nothing that was answered with a success.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicFile.js';

const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

function assertSafe(name: string): void {
  // Names come from our own ids, but a path that escapes the data dir must be impossible, not unlikely.
  if (!SAFE_NAME.test(name) || name.includes('..')) throw new Error(`Unsafe store name: ${name}`);
}

export class Store {
  private readonly docs = new Map<string, unknown>();
  private readonly dirty = new Set<string>();
  readonly docDir: string;
  readonly blobDir: string;
  readonly stagingDir: string;

  constructor(readonly dataDir: string) {
    this.docDir = path.join(dataDir, 'state');
    this.blobDir = path.join(dataDir, 'blobs');
    this.stagingDir = path.join(dataDir, 'staging');
    for (const dir of [this.docDir, this.blobDir, this.stagingDir]) mkdirSync(dir, { recursive: true });
    // Temporary files of writes interrupted by a crash are never valid content.
    for (const dir of [this.docDir, this.blobDir]) {
      for (const file of readdirSync(dir)) if (file.endsWith('.tmp')) unlinkSync(path.join(dir, file));
    }
  }

  /** The document called `name`, created by `init` the first time. The object is live: mutate it, then `touch`. */
  doc<T>(name: string, init: () => T): T {
    assertSafe(name);
    const cached = this.docs.get(name);
    if (cached !== undefined) return cached as T;
    const file = path.join(this.docDir, `${name}.json`);
    const value = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : init();
    this.docs.set(name, value);
    return value;
  }

  has(name: string): boolean {
    assertSafe(name);
    return this.docs.has(name) || existsSync(path.join(this.docDir, `${name}.json`));
  }

  touch(name: string): void {
    this.dirty.add(name);
  }

  remove(name: string): void {
    assertSafe(name);
    this.docs.delete(name);
    this.dirty.delete(name);
    rmSync(path.join(this.docDir, `${name}.json`), { force: true });
  }

  flush(): void {
    for (const name of this.dirty) {
      const value = this.docs.get(name);
      if (value !== undefined) writeFileAtomic(path.join(this.docDir, `${name}.json`), JSON.stringify(value));
    }
    this.dirty.clear();
  }

  writeBlob(id: string, data: Uint8Array): void {
    assertSafe(id);
    writeFileAtomic(path.join(this.blobDir, id), data);
  }

  readBlob(id: string): Buffer {
    assertSafe(id);
    return readFileSync(path.join(this.blobDir, id));
  }

  blobPath(id: string): string {
    assertSafe(id);
    return path.join(this.blobDir, id);
  }

  /** Moves a completed staging file into the blob area in one rename: visible whole or not at all. */
  promoteStaged(stagingName: string, blobId: string): void {
    assertSafe(stagingName);
    assertSafe(blobId);
    renameSync(path.join(this.stagingDir, stagingName), path.join(this.blobDir, blobId));
  }

  stagingPath(name: string): string {
    assertSafe(name);
    return path.join(this.stagingDir, name);
  }

  deleteBlob(id: string): void {
    assertSafe(id);
    rmSync(path.join(this.blobDir, id), { force: true });
  }

  blobSize(id: string): number {
    return statSync(this.blobPath(id)).size;
  }
}
