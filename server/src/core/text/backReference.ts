// Sentences whose subject is fixed by the text before them: "Deze informatie omvat ...", "In dat geval
// ...", "... van het genoemde eigendom ...". The same words after another sentence say something about
// another thing, so a repeat of such a sentence is only a repeat of a rule when what precedes it is the
// same too.

// At the start: a demonstrative or pronominal adverb that points back ("Deze", "Dit", "Daarvoor",
// "In dat geval"). Not "Deze voorwaarden" / "Deze overeenkomst": those name the document itself.
const OPENS_BACK =
  /^(?:(?:deze|dit|die|dat|daarvoor|hiervoor|daarbij|hierbij|daarnaast|daarvan|hiervan|daarom|hij|zij|zulks)(?=[\s,])(?![\s,]+(?:algemene\s+)?[\p{L}-]*(?:voorwaarden|overeenkomst|contract|document|reglement)\b)|in\s+(?:dat|dit|die|zo'?n|het\s+laatste)\s+gevall?e?n?\b|het\s+voorgaande\b)/iu;
// Anywhere: a word that names what was said before ("het genoemde eigendom", "het vorige lid").
const POINTS_BACK = /(?<![\p{L}\d])(?:(?:het|de)\s+genoemde|(?:boven|voor|hiervoor\s+)genoemde|voornoemde|bovenstaande|voorgaande|vorige\s+lid|vorig\s+lid)(?![\p{L}\d])/iu;

// Every form of POINTS_BACK holds one of these words. A search for them, without the look-behind before
// which the engine tries the pattern at every position, leaves out most sentences before POINTS_BACK runs.
const POINTS_BACK_WORDS = /noemde|bovenstaande|voorgaande|vorige?\s+lid/iu;

/** Whether a sentence (clause number already stripped) takes its subject from the sentence before it. */
export function refersBack(sentence: string): boolean {
  return OPENS_BACK.test(sentence.trimStart()) || (POINTS_BACK_WORDS.test(sentence) && POINTS_BACK.test(sentence));
}

/** `refersBack` as defined, with both patterns tried on every sentence. */
export function refersBackPlain(sentence: string): boolean {
  return OPENS_BACK.test(sentence.trimStart()) || POINTS_BACK.test(sentence);
}
