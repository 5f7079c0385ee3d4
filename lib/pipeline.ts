import { analyzeThread } from './advice';
import { kindOf } from './advice/kind';
import type { AnalyzeOutput, Post, Suggestion, Thread } from './model';
import { recognise } from './sites/registry';

/** A post as the analyze JSON documents it: the stable public fields only. */
export function publicPost(p: Post): Post {
  return {
    id: p.id,
    author: p.author,
    permalink: p.permalink,
    text: p.text,
    score: p.score,
    accepted: p.accepted,
    time: p.time,
    parentId: p.parentId,
    deleted: p.deleted,
    ...(p.part !== undefined ? { part: p.part } : {}),
  };
}

/** The analyze JSON for a thread and its suggestions: the shape the CLI prints and the popup shows. */
export function toOutput(thread: Thread, suggestions: Suggestion[]): AnalyzeOutput {
  return {
    recognised: true,
    site: thread.site,
    kind: kindOf(thread),
    thread: {
      url: thread.url,
      title: thread.title,
      question: publicPost(thread.question),
      answers: thread.answers.map(publicPost),
      ...(thread.part !== undefined ? { part: thread.part } : {}),
    },
    suggestions,
  };
}

/** The whole pipeline on a parsed page: recognise → extract → analyse. */
export function analyzePage(doc: Document, url: URL): AnalyzeOutput {
  const found = recognise(doc, url);
  if (!found) return { recognised: false };
  return toOutput(found.thread, analyzeThread(found.thread));
}
