// bw-artikel: a statute citation that the law Clausule carries does not hold — an article, lid or sub-item
// not in that version, or a repealed article. The law moves on after the version we carry, so a provision
// missing from it is a warning that names the version and links to the current text, never a claim that
// it does not exist. Only checks laws we hold in full (BW 3, 6, 7) and the provisions we hold outside the
// BW (Telecommunicatiewet 11.7); other citations stay silent.
import type { BlockRule } from '../kit/rule';
import type { Fix, Localized } from '../types';
import type { Citation } from '../model/citations';
import { citationsOf } from '../engine/blockCitations';
import { checkCitation, articleByKey, bookBwb, bookVersion, currentUrl, type Article } from '../law';

/** "7:408 BW", "7:408 lid 2 BW", "11.7 lid 4 Telecommunicatiewet". */
function lawName(c: Citation, withLid = false): string {
  const nr = c.law === 'BW' ? `${c.book}:${c.article}` : c.article;
  return `${nr}${withLid && c.lid ? ` lid ${c.lid}` : ''} ${c.law}`;
}

function list(items: string[], lang: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'nl' ? ' en ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

function both(f: (lang: 'nl' | 'en') => string): Localized {
  return { nl: f('nl'), en: f('en') };
}

/** Fixes that replace the article number by a suggested one ("7:4088" -> "7:408"). */
function articleFixes(c: Citation, suggestions: string[]): Fix[] {
  if (c.book === undefined) return [];
  const token = `${c.book}:${c.article}`;
  const at = c.text.indexOf(token);
  if (at < 0) return [];
  const start = c.span.start + at;
  return suggestions.map((key, i) => ({
    title: { nl: `Vervang door artikel ${key} BW`, en: `Replace with article ${key} BW` },
    edits: [{ span: { start, end: start + token.length }, newText: key }],
    preferred: i === 0 && suggestions.length === 1,
  }));
}

// The parser reads "van Boek 7" in any case (citations.ts, BOOK_TAIL), so the gate does too.
const BOOK = /boek/iu;

/**
 * Whether the text may hold a citation this rule checks: a colon ("7:408") or a law named without
 * one. What `text.includes(':') || /Telecommunicatiewet|Tw\b/.test(text) || /boek/iu.test(text)` says,
 * by literal searches, which cost a fraction of that regex scan (bw-artikel.test.ts proves them equal).
 */
export function mayCite(text: string): boolean {
  return (
    text.includes(':') ||
    BOOK.test(text) ||
    text.includes('Telecommunicatiewet') ||
    (text.includes('Tw') && /Tw\b/.test(text))
  );
}

/** A caution for an article known to have been amended after the version we carry. */
function laterNote(a: Article | undefined): Localized {
  return a?.laterAmended
    ? { nl: ' Dit artikel is na die versie gewijzigd.', en: ' This article was amended after that version.' }
    : { nl: '', en: '' };
}

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'bw-artikel',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Wetsartikel niet in de meegeleverde wettekst', en: 'Statutory provision not in the bundled text' },
    messages: {
      default: {
        nl: 'Artikel {cite} staat niet in de versie van {version} die Clausule meelevert.{near} Controleer de geldende tekst: {current}',
        en: 'Article {cite} is not in the version of {version} that Clausule carries.{near} Check the text in force: {current}',
      },
      vervallen: {
        nl: 'Artikel {cite} is vervallen{repealed}.{successor} Verwijs naar de bepaling die nu geldt.',
        en: 'Article {cite} has been repealed{repealed}.{successor} Refer to the provision now in force.',
      },
      lidVervallen: {
        nl: 'Lid {lid} van artikel {cite} is vervallen. Verwijs naar de bepaling die nu geldt.',
        en: 'Lid {lid} of article {cite} has been repealed. Refer to the provision now in force.',
      },
      lid: {
        nl: 'Artikel {cite} heeft in de versie van {version} die Clausule meelevert geen lid {lid}; het heeft daar {leden}.{amended} Controleer de geldende tekst: {current}',
        en: 'In the version of {version} that Clausule carries, article {cite} has no lid {lid}; it has {leden} there.{amended} Check the text in force: {current}',
      },
      lidOnly: {
        nl: 'Artikel {cite} heeft in de versie van {version} die Clausule meelevert geen genummerde leden; laat "lid {lid}" weg of controleer de geldende tekst: {current}',
        en: 'In the version of {version} that Clausule carries, article {cite} has no numbered leden; leave out "lid {lid}" or check the text in force: {current}',
      },
      noLaw: {
        nl: 'Noem de wet: "{token}" zonder "BW" is niet eenduidig. Zet "BW" na de verwijzing.',
        en: 'Name the statute: "{token}" without "BW" is ambiguous. Put "BW" after the citation.',
      },
      sub: {
        nl: '{where} heeft in de versie van {version} die Clausule meelevert geen onderdeel {sub}{subs}.{near}{amended} Controleer de geldende tekst: {current}',
        en: 'In the version of {version} that Clausule carries, {where} has no item {sub}{subs}.{near}{amended} Check the text in force: {current}',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    if (!mayCite(text)) return;
    const cs = citationsOf(block);
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      // One hint per list that names no law, on its last citation, where "BW" belongs.
      const nextInList = cs[i + 1]?.unnamed && cs[i + 1].span.start - c.span.end <= 16;
      if (c.unnamed && c.book !== undefined && !nextInList) {
        // Resolved as the BW, but the draft should say so: a hint, with the fix to add it.
        const token = `${c.book}:${c.article}`;
        const at = c.span.end;
        ctx.report({
          span: c.span,
          messageId: 'noLaw',
          args: { token },
          severity: 'hint',
          fixes: [{ title: { nl: 'Voeg "BW" toe', en: 'Add "BW"' }, edits: [{ span: { start: at, end: at }, newText: ' BW' }] }],
        });
      }
      const r = checkCitation(c);
      if (!r.problem || r.problem === 'not-covered') continue;
      const cite = lawName(c);
      const span = c.span;
      const a = r.article;
      const version = a?.version ?? (c.book !== undefined ? bookVersion(c.book) : undefined) ?? '';
      const bwb = a?.bwb ?? (c.book !== undefined ? bookBwb(c.book) : undefined);
      const current = a?.currentUrl ?? (bwb ? currentUrl(bwb, c.article) : 'https://wetten.overheid.nl');
      const amended = laterNote(a);
      if (r.problem === 'unknown-article') {
        ctx.report({
          span,
          args: {
            version,
            current,
            cite,
            near: both((l) => (r.suggestions.length === 0 ? '' : l === 'nl'
              ? ` Bedoelt u ${list(r.suggestions.map((k) => `artikel ${k}`), l)}?`
              : ` Did you mean ${list(r.suggestions.map((k) => `article ${k}`), l)}?`)),
          },
          fixes: articleFixes(c, r.suggestions),
        });
      } else if (r.problem === 'vervallen' && !r.lidRepealed) {
        const note = articleByKey(r.key)?.leden[0]?.text ?? '';
        const date = /(\d\d-\d\d-\d{4})/.exec(note)?.[1];
        ctx.report({
          span,
          messageId: 'vervallen',
          severity: 'error',
          args: {
            cite,
            repealed: both((l) => (date ? (l === 'nl' ? ` (per ${date})` : ` (as of ${date})`) : '')),
            successor: both((l) => {
              const s = r.article?.successor;
              if (!s) return '';
              return l === 'nl' ? ` De regeling staat nu in ${s.label} (${s.basis}).` : ` The rules now stand in ${s.label} (${s.basis}).`;
            }),
          },
        });
      } else if (r.problem === 'vervallen' && r.lidRepealed) {
        ctx.report({ span, messageId: 'lidVervallen', args: { cite, lid: r.lidRepealed }, severity: 'error' });
      } else if (r.problem === 'unknown-lid') {
        if (r.existingLeden.length === 0) {
          // "lid 1" of a one-paragraph article is imprecise rather than wrong: a warning, not an error.
          // "lid 1" of a one-paragraph article is imprecise rather than unknown: a warning like the others.
          ctx.report({ span, messageId: 'lidOnly', args: { cite, lid: c.lid!, version, current } });
        } else {
          const n = r.existingLeden.length;
          ctx.report({
            span,
            messageId: 'lid',
            args: {
              version,
              current,
              amended,
              cite,
              lid: c.lid!,
              leden: both((l) => (n === 1 ? (l === 'nl' ? 'één lid' : 'one lid') : `${n} leden (${r.existingLeden[0]}-${r.existingLeden[n - 1]})`)),
            },
          });
        }
      } else if (r.problem === 'unknown-sub') {
        const where = lawName(c, true);
        const subs = r.existingSubs;
        ctx.report({
          span,
          messageId: 'sub',
          args: {
            version,
            current,
            amended,
            where: both((l) => (l === 'nl' ? `Artikel ${where}` : `Article ${where}`)),
            sub: c.sub!,
            subs: both((l) => (subs.length === 0
              ? (l === 'nl' ? ' (het kent geen onderdelen)' : ' (it has no items)')
              : l === 'nl' ? ` (alleen ${subs[0]}-${subs[subs.length - 1]})` : ` (only ${subs[0]}-${subs[subs.length - 1]})`)),
            near: both((l) => (r.suggestions.length === 0 ? '' : l === 'nl'
              ? ` Bedoelt u ${list(r.suggestions, l)}?`
              : ` Did you mean ${list(r.suggestions, l)}?`)),
          },
        });
      }
    }
  },
};
