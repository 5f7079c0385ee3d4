import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real corpus in ../shared. It is required: a run without it fails loudly rather than
 * passing on nothing (CI always has it beside the clone).
 */
export function sharedDir(): string {
  const dir = resolve(__dirname, '../../../shared');
  if (!existsSync(resolve(dir, 'fixtures'))) {
    throw new Error(`The real corpus is missing: expected ${dir}/fixtures (see README, "Tests").`);
  }
  return dir;
}
