// The language rules leave a draft's YAML front matter alone (text/frontMatter.ts): it is metadata, not text.
import type { RuleContext } from '../kit/rule';
import type { Block } from '../model/types';
import { frontMatterEnd } from '../text/frontMatter';

/** The rule context for `block`, reporting nothing inside the draft's front matter (only the first block has any). */
export function outsideFrontMatter(block: Block, ctx: RuleContext): RuleContext {
  const end = block.span.start === 0 ? frontMatterEnd(block.text) : 0;
  if (end === 0) return ctx;
  const inner: RuleContext = Object.create(ctx);
  inner.report = (r) => {
    if (r.span.start >= end) ctx.report(r);
  };
  return inner;
}
