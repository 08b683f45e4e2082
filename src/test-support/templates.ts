/**
 * The markup of every `<template>` Lit prepares while `run` runs: a template is prepared once per
 * page, so a rehearsal's test (agenda.rehearsal.ts, session-card.rehearsal.ts) can tell which
 * templates a render after it still had to prepare.
 */
export async function templatesPrepared(run: () => unknown): Promise<string[]> {
  const made: HTMLTemplateElement[] = [];
  const create = document.createElement;
  document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    const el = create.call(this, tag, options);
    if (tag === 'template') made.push(el as HTMLTemplateElement);
    return el;
  } as typeof document.createElement;
  try {
    await run();
  } finally {
    document.createElement = create;
  }
  // Read as XML: test support may not use the markup properties (test/no-unsafe-html.test.mjs).
  const xml = new XMLSerializer();
  return made.map((t) => xml.serializeToString(t.content));
}
