// Said once per draft and kind (the first mention, later ones as related places): a repealed statute cited
// in ten clauses is one defect to fix, not ten.
import type { DocumentRule } from '../kit/rule';
import type { RelatedInfo, Span } from '../types';
import { hasTrigger, triggerWords } from '../text/triggerWords';
import { pieceAt, sentencesOf } from '../text/pieces';
import data from './data/wet-verouderd.json';

type Kind = keyof typeof data.entries;

// The forms a draft uses for each outdated source; the facts and their sources are in data/wet-verouderd.json.
export const WBP = /(?<![\p{L}\p{N}])(?:Wet[ \t\n]{1,4}bescherming[ \t\n]{1,4}persoonsgegevens|Wbp)(?![\p{L}\p{N}])/giu;
export const VOORWERK = /(?<![\p{L}\p{N}])Voorwerk[ \t\n]{1,4}(?:II|2)(?![\p{L}\p{N}])/giu;
const VAT_NAME = String.raw`(?:btw|b\.t\.w\.?|omzetbelasting)`;
const RATE_UNIT = String.raw`(?:[ \t]{0,2}%|[ \t]{1,2}procent)`;
// "19% btw", "6 procent omzetbelasting", "19% hoge btw"; "btw van 19%", "btw-tarief van 6%", "BTW (19%)", "btw: 6%".
export const VAT = new RegExp(
  String.raw`(?<![\p{N},.])(19|6)${RATE_UNIT}[ \t\n]{1,4}(?:\p{L}{1,12}[ \t\n]{1,4})?${VAT_NAME}(?![\p{L}])` +
    String.raw`|(?<![\p{L}])${VAT_NAME}(?:-?tarief)?[ \t\n]{0,4}(?:van[ \t\n]{1,4}|bedraagt[ \t\n]{1,4}|\([ \t]{0,2}|:[ \t]{0,2})(19|6)${RATE_UNIT}`,
  'giu',
);
/** Every match of the patterns holds one of these words (wet-verouderd.test.ts proves it on each form). */
export const OUTDATED_WORDS = ['persoonsgegevens', 'wbp', 'voorwerk', 'btw', 'b.t.w', 'omzetbelasting'];
const GATE = triggerWords(OUTDATED_WORDS);
// A sentence that speaks of the old law as old ("de voormalige Wbp", "tot 1 oktober 2012 gold 19%") cites nothing as current.
const HISTORICAL = /voorheen|voormalig|vroeger|ingetrokken|opgevolgd|opvolger|vervangen|oude[ \t\n]{1,4}(?:wet|tarief)|tot[ \t\n]{1,4}(?:25[ \t\n]{1,4}mei[ \t\n]{1,4}2018|1[ \t\n]{1,4}oktober[ \t\n]{1,4}2012|1[ \t\n]{1,4}januari[ \t\n]{1,4}2019|1[ \t\n]{1,4}juli[ \t\n]{1,4}2012)/iu;

const ALSO: Record<Kind, RelatedInfo['message']> = {
  wbp: { nl: 'Ook hier genoemd.', en: 'Also cited here.' },
  voorwerk: { nl: 'Ook hier genoemd.', en: 'Also cited here.' },
  btw19: { nl: 'Ook hier 19% btw.', en: '19% VAT here too.' },
  btw6: { nl: 'Ook hier 6% btw.', en: '6% VAT here too.' },
};
const MAX_RELATED = 20;

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'wet-verouderd',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Ingetrokken wet of vervallen tarief als geldend genoemd', en: 'Repealed statute or former rate cited as current' },
    messages: {
      wbp: { nl: data.entries.wbp.nl, en: data.entries.wbp.en },
      voorwerk: { nl: data.entries.voorwerk.nl, en: data.entries.voorwerk.en },
      btw19: { nl: data.entries.btw19.nl, en: data.entries.btw19.en },
      btw6: { nl: data.entries.btw6.nl, en: data.entries.btw6.en },
    },
  },
  check(model, ctx) {
    const found = new Map<Kind, Span[]>();
    for (const block of model.blocks) {
      if (!hasTrigger(block, GATE)) continue;
      const text = block.text;
      const sents = sentencesOf(block);
      const scan = (re: RegExp, kind: (m: RegExpExecArray) => Kind) => {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const s = pieceAt(sents, m.index);
          if (s && HISTORICAL.test(text.slice(s.start, s.end))) continue;
          const k = kind(m);
          const spans = found.get(k) ?? [];
          spans.push({ start: block.span.start + m.index, end: block.span.start + m.index + m[0].length });
          found.set(k, spans);
        }
      };
      scan(WBP, () => 'wbp');
      scan(VOORWERK, () => 'voorwerk');
      scan(VAT, (m) => ((m[1] ?? m[2]) === '19' ? 'btw19' : 'btw6'));
    }
    for (const [kind, [first, ...rest]] of found) {
      const related = rest.slice(0, MAX_RELATED).map((span) => ({ span, message: ALSO[kind] }));
      ctx.report({ span: first, messageId: kind, ...(related.length ? { related } : {}) });
    }
  },
};
