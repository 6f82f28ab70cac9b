// "verkeren" (in een toestand verkeren: "in verzuim", "in staat van faillissement", "in een
// overmachtsituatie") has the participle "verkeerd", spelled like the common adjective, so a dictionary
// passes the d/t error "indien de Klant in verzuim verkeerd." Where the sentence decides: "verkeerd"
// ends the clause, an "in" phrase stands before it in that clause, and no auxiliary or copula does
// ("heeft in verzuim verkeerd", "is verkeerd", "wordt verkeerd geleverd" are right). Then it is the finite
// verb, which is "verkeert" (or "verkeren" after a plural subject).

export interface StateVerb {
  start: number;
  end: number;
}

const WORD = 'verkeerd';
// After it: the end of the clause (a closing bracket may come first).
const CLAUSE_END = /^\)?[ \t]*(?:[.;:!?]|\r?\n|$)/;
// What opens the clause before it: a sentence or clause end, a line or list item.
const CLAUSE_START = '.;:!?\n';
const IN = /(?<![\p{L}])in(?![\p{L}])/iu;
// A verb in the clause that makes "verkeerd" a participle or an adjective: a form of hebben, zijn,
// worden, a modal verb, or a copula.
const AUXILIARY =
  /(?<![\p{L}])(?:heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren|wordt|worden|werd|werden|zal|zult|zullen|zou|zouden|kan|kunt|kunnen|kon|konden|mag|mogen|moet|moeten|wil|wilt|willen|blijkt|blijken|bleek|lijkt|lijken|leek|blijft|blijven|bleef|raakt|raken|raakte|schijnt|heet|acht|achten|geacht|gaat|gaan|ging|loopt|lopen|liep)(?![\p{L}])/iu;
// Words before it that make it an adjective or adverb in a list ("te laat of verkeerd", "niet of verkeerd").
const NOT_A_VERB_BEFORE = /(?:(?<![\p{L}])(?:of|en|te|zeer|heel|geheel|volledig|niet|deels|gedeeltelijk|totaal)|,)[ \t]*$/iu;
const MAX_CLAUSE = 300;

// Found by its lower-case tail with a plain search (the word is rare; the rule must stay cheap on long drafts).
const TAIL = WORD.slice(1);

export function stateVerbs(text: string): StateVerb[] {
  const out: StateVerb[] = [];
  for (let t = text.indexOf(TAIL, 1); t >= 0; t = text.indexOf(TAIL, t + TAIL.length)) {
    const at = t - 1;
    if (text[at] !== 'v' && text[at] !== 'V') continue;
    const end = at + WORD.length;
    if (at > 0 && /\p{L}/u.test(text[at - 1])) continue;
    if (end < text.length && /\p{L}/u.test(text[end])) continue;
    if (!CLAUSE_END.test(text.slice(end, end + 4))) continue;
    let from = at;
    while (from > 0 && at - from < MAX_CLAUSE && !CLAUSE_START.includes(text[from - 1])) from--;
    const clause = text.slice(from, at);
    // An aside in brackets ("(zoals is bepaald in artikel 10)") has verbs of its own.
    const own = clause.replace(/\([^()]*\)/g, ' ');
    if (!IN.test(own) || AUXILIARY.test(own) || NOT_A_VERB_BEFORE.test(own)) continue;
    out.push({ start: at, end });
  }
  return out;
}
