import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { AnalyzeOutput, Post } from '@/lib/model';
import { analyzePage } from '@/lib/pipeline';
import { sharedDir } from './shared-dir';

/** One real page of ../shared/fixtures with its original URL and its answer count, counted by hand. */
export interface CorpusPage {
  file: string;
  url: string;
  answers: number;
}

export type Recognised = Extract<AnalyzeOutput, { recognised: true }>;

/**
 * Reads a site's real pages through the pipeline once each (linkedom, as the analyze command).
 * `folder` is the pages' folder under ../shared/fixtures ('' when file names include it).
 */
export function corpus(folder: string, pages: readonly CorpusPage[]) {
  const analyze = (file: string, url: string): AnalyzeOutput => {
    const html = readFileSync(resolve(sharedDir(), 'fixtures', folder, file), 'utf8');
    return analyzePage(parseHTML(html).document as unknown as Document, new URL(url));
  };
  const cache = new Map<string, Recognised>();
  const thread = (file: string): Recognised => {
    const hit = cache.get(file);
    if (hit) return hit;
    const page = pages.find((p) => p.file === file);
    if (!page) throw new Error(`${file} is not in the table`);
    const out = analyze(page.file, page.url);
    if (!out.recognised) throw new Error(`${file} was not recognised`);
    cache.set(file, out);
    return out;
  };
  const answer = (file: string, id: string): Post => {
    const a = thread(file).thread.answers.find((p) => p.id === id);
    if (!a) throw new Error(`post ${id} missing from ${file}`);
    return a;
  };
  return { analyze, thread, answer };
}
