// Empties dist/ before a build so that no stale file is published or measured.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
