/** Small threads written in code for the grouping, label and rank tests. */
import type { Post, Suggestion, Thread } from '../../../lib/model';

export interface AnswerSpec {
  author: string;
  text: string;
  score?: number | null;
  accepted?: boolean;
  deleted?: boolean;
  /** Index (in the answers given) of the answer this one replies to. */
  replyTo?: number;
}

let counter = 0;

/** A thread whose answers are given as [author, text] or full specs; ids are unique per call. */
export function makeThread(
  title: string,
  answers: (AnswerSpec | [string, string])[],
  asker = 'asker',
): Thread {
  const base = ++counter * 1000;
  const post = (i: number, spec: AnswerSpec): Post => ({
    id: String(base + i),
    author: spec.author,
    permalink: `https://forum.example/t/${base}#${base + i}`,
    text: spec.text,
    score: spec.score === undefined ? 0 : spec.score,
    accepted: spec.accepted ?? false,
    time: null,
    parentId: spec.replyTo === undefined ? null : String(base + spec.replyTo + 1),
    deleted: spec.deleted ?? false,
  });
  return {
    id: `generic:forum.example:${base}`,
    site: 'generic',
    url: `https://forum.example/t/${base}`,
    title,
    question: post(0, { author: asker, text: title }),
    answers: answers.map((a, i) => post(i + 1, Array.isArray(a) ? { author: a[0], text: a[1] } : a)),
  };
}

/** The authors behind a suggestion, sorted (for set comparisons in tables). */
export function authorsOf(s: Suggestion): string[] {
  return [...new Set(s.supporters.map((p) => p.author))].sort();
}

/** The suggestion a given author supports together with another, if any. */
export function together(list: Suggestion[], a: string, b: string): Suggestion | undefined {
  return list.find((s) => {
    const who = authorsOf(s);
    return who.includes(a) && who.includes(b);
  });
}

/** The first suggestion a given author supports, if any. */
export function supportedBy(list: Suggestion[], author: string): Suggestion | undefined {
  return list.find((s) => authorsOf(s).includes(author));
}
