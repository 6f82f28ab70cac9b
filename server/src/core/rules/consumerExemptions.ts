// The exemptions that 6:237 sub f BW reads toward a consumer: consument-grijze-lijst reports them, and
// exoneratie-opzet leaves them to it rather than say the same of one clause twice. One reading, here.
import type { Block } from '../model/types';
import { DAMAGES_BACK, DAMAGES_EXCLUSION, DAMAGES_WORDS, exonerationsOf, LIMITED_VERB_FIRST_RE, RESPONSIBILITY_DENIED, RESPONSIBILITY_WORDS } from '../text/exonerations';
import { BUSINESS_ONLY, lowerRoleBefore, partyBefore, subjectOf } from '../text/parties';
import { pieceAt, sentencesOf, type Piece } from '../text/pieces';
import { gateSentenceChecks, runSentenceChecks, type SentenceCheck } from '../engine/sentenceChecks';

/**
 * The liability spoken of is the consumer's own ("De koper is alleen aansprakelijk voor het waardeverlies",
 * "de klant is niet aansprakelijk voor ..."): limiting it frees the consumer, not the user, so it is no sub f.
 * The party named before the words, else the sentence's subject, else a role in lower case as the subject right before them.
 */
const clientLiable = (s: Piece, at: number) => {
  const p = partyBefore(s.text, at);
  if (p !== undefined) return p === 'client';
  const subject = subjectOf(s.text);
  if (subject !== undefined) return subject === 'client';
  return clientSubjectBefore(s, at);
};
// The consumer is the subject right before an exemption's words: "De consument is niet aansprakelijk voor ...",
// "Je bent niet aansprakelijk". Narrower than clientLiable, as the shared pattern also reads "Voor schade van de
// Klant is aansprakelijkheid uitgesloten", where the consumer is named but the user is freed.
const CLIENT_SUBJECT_BEFORE = /(?<![\p{L}])(?:(?:opdrachtgever|klant|consument|koper|afnemer|cliënt|wederpartij|deelnemer|abonnee|huurder|lid)[ \t\n]{1,4}(?:is|blijft|wordt|zijn|blijven|worden|kan|kunnen)|(?:je|jij|u)[ \t\n]{1,4}(?:bent|blijft|wordt|kunt|kan))(?:[ \t\n]{1,4}\p{L}{1,20}){0,2}[ \t\n]{0,4}$/iu;
const clientSubjectBefore = (s: Piece, at: number) => CLIENT_SUBJECT_BEFORE.test(s.text.slice(Math.max(0, at - 80), at));

// A form of DAMAGES_EXCLUSION that names the claimant, not the one freed: "geen aanspraak op", "geen schadevergoeding vorderen".
const CLAIMANT_FORM = /aanspraak|vorderen|eisen|claimen|verhalen|verkrijgen/i;

// Exclusions and limitations the shared exoneration pattern (text/exonerations.ts) does not read: "slechts
// aansprakelijk", "niet verantwoordelijk voor ongelukken", "niet medisch verantwoordelijk of aansprakelijk",
// "uitsluitend de schade ... waarvoor hij verzekerd is". Reported under sub f, once per sentence.
export const EXONERATION_CHECKS: Array<SentenceCheck<undefined>> = gateSentenceChecks([
  {
    sub: 'f',
    words: ['aansprakelijk'],
    // Also an exclusion with a widening aside ("wordt (onder meer, maar niet beperkt tot) uitgesloten voor:"); not "is niet uitgesloten".
    find: /(?:slechts|alleen|uitsluitend|enkel)[ \t\n]{1,4}aansprakelijk(?!heid)|aansprakelijkheid[^.;:\n]{0,120}?(?<!(?:niet|geenszins)[ \t\n]{1,4})uitgesloten/giu,
    keep: (s, _p, at) => !clientLiable(s, at) && !BUSINESS_ONLY.test(s.text) && !/overmacht/i.test(s.text),
  },
  {
    sub: 'f',
    words: RESPONSIBILITY_WORDS,
    find: RESPONSIBILITY_DENIED,
    keep: (s, _p, at) => !clientLiable(s, at) && !BUSINESS_ONLY.test(s.text) && !/overmacht/i.test(s.text),
  },
  {
    sub: 'f',
    words: ['verzekerd', 'verzekering'],
    find: /(?:alleen|slechts|uitsluitend)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?(?:schade|vergoeding)[^.;]{0,80}?waarvoor[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:verzekerd|verzekering)/giu,
    keep: (s, _p, at) => !clientLiable(s, at) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // "Het recht op schadevergoeding van de klant is beperkt tot ...", "aanspraken op schadevergoeding zijn uitgesloten".
    sub: 'f',
    words: ['schadevergoeding'],
    find: /(?:recht|rechten|aanspraak|aanspraken)[ \t\n]{1,4}op[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?schadevergoeding[^.;:\n]{0,80}?(?:beperkt[ \t\n]{1,4}tot|uitgesloten|vervalt|vervallen)/giu,
    keep: (s) => !BUSINESS_ONLY.test(s.text) && !/overmacht/i.test(s.text),
  },
  {
    // The verb before the noun: "dan is deze aansprakelijkheid beperkt tot".
    sub: 'f',
    words: ['aansprakelijk'],
    find: LIMITED_VERB_FIRST_RE,
    keep: (s, _p, at) => !clientLiable(s, at) && !BUSINESS_ONLY.test(s.text) && !/overmacht/i.test(s.text),
  },
  {
    // "Meedoen is geheel voor eigen risico", "De bezorging geschiedt op eigen risico van de koper": the user leaves
    // the consumer's loss with him. Not the user's own risk, and not the return shipment after a withdrawal, which
    // the consumer bears by law. "Voor risico van de opdrachtgever" alone says when the risk passes (after
    // delivery, as the law has it), which is no exemption.
    sub: 'f',
    words: ['risico'],
    find: /(?<![\p{L}])(?:voor|op)[ \t\n]{1,4}(?:(?:jouw|uw|je|zijn|haar|hun)[ \t\n]{1,4})?eigen[ \t\n]{1,4}risico(?![\p{L}])/giu,
    keep: (s, _p, at) => partyBefore(s.text, at) !== 'user' && !BUSINESS_ONLY.test(s.text) && !/retour|terugzend|terug[ \t\n]{1,4}te[ \t\n]{1,4}zenden|herroep|overmacht/i.test(s.text),
  },
  {
    // "kan Fotograaf niet verantwoordelijk worden gesteld", "Noch de club, noch haar medewerkers kunnen verantwoordelijk
    // worden gesteld", "is evenmin aansprakelijk voor handelingen van haar werknemers": an exclusion in other words
    // than the shared pattern reads.
    sub: 'f',
    words: ['verantwoordelijk', 'aansprakelijk'],
    find: /(?<![\p{L}])(?:niet|nooit|nimmer)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:verantwoordelijk|aansprakelijk)[ \t\n]{1,4}(?:(?:worden|kan|kunnen|zijn)[ \t\n]{1,4}){0,2}gesteld(?![\p{L}])|(?<![\p{L}])noch[ \t\n]{1,4}[^.;:]{0,80}?(?:kan|kunnen)[ \t\n]{1,4}(?:verantwoordelijk|aansprakelijk)[ \t\n]{1,4}(?:worden[ \t\n]{1,4})?gesteld(?![\p{L}])|(?<![\p{L}])evenmin[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?aansprakelijk(?![\p{L}])/giu,
    keep: (s, _p, at) => !clientLiable(s, at) && !BUSINESS_ONLY.test(s.text) && !/overmacht/i.test(s.text),
  },
  {
    // Damages denied without the word "aansprakelijk": "de leerling heeft dan geen aanspraak op schadevergoeding",
    // "is nimmer gehouden tot enige schadevergoeding". Who may not claim is the one named before "aanspraak" or
    // "vorderen" (the consumer: sub f; the user waiving its own claim is not); who is not bound, before "gehouden".
    sub: 'f',
    words: DAMAGES_WORDS,
    back: DAMAGES_BACK,
    find: DAMAGES_EXCLUSION,
    keep: (s, _p, at) => {
      if (BUSINESS_ONLY.test(s.text) || /overmacht/i.test(s.text)) return false;
      if (CLAIMANT_FORM.test(s.text.slice(at, at + 300).split(/[.;]/)[0])) return partyBefore(s.text, at) !== 'user' && lowerRoleBefore(s.text, at, 120) !== 'user';
      return !clientLiable(s, at);
    },
  },
], 'b2c');

export interface ConsumerExemption {
  span: { start: number; end: number };
  /** The sentence the exemption stands in (block offsets). */
  sentence: Piece;
}

/**
 * An article's exemptions under 6:237 sub f, in the order the grey list reads them: the shared pattern's first
 * (each in the sentence where it ends: a match that starts in a heading belongs to the clause under it), then
 * the forms above. Sentences about business clients only, and the consumer's own liability, are left out; a
 * sentence may appear twice.
 */
export function exemptionsTowardConsumer(block: Block): ConsumerExemption[] {
  const text = block.text;
  const sents = sentencesOf(block);
  const out: ConsumerExemption[] = [];
  for (const e of exonerationsOf(block)) {
    if (BUSINESS_ONLY.test(e.sentence.text) || clientSubjectBefore(e.sentence, e.start - e.sentence.start)) continue;
    const sentence = pieceAt(sents, e.end - 1) ?? e.sentence;
    const start = Math.max(e.start, sentence.start);
    out.push({ span: { start: start + (/^\s*/.exec(text.slice(start, e.end))?.[0].length ?? 0), end: e.end }, sentence });
  }
  runSentenceChecks(block, EXONERATION_CHECKS, undefined, (span) => {
    const sentence = pieceAt(sents, span.start);
    if (sentence) out.push({ span, sentence });
  });
  return out;
}
