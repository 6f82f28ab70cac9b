import * as assert from 'node:assert/strict';
import { isNameAfterCapitalArticle, isSurnameAfterParticle } from './properNames';

const at = (text: string, word: string) => text.indexOf(word);

describe('properNames', () => {
  it('a surname after its particle, after initials or a form of address', () => {
    for (const [text, word] of [
      ['vertegenwoordigd door A. de Boer, hierna', 'Boer'],
      ['de heer J.K. van der Wal', 'Wal'],
      ['mevrouw De Vries', 'Vries'],
      ['Naam: drs. K.L. van den Heuvel', 'Heuvel'],
      ["R. van 't Hof", 'Hof'],
    ]) assert.equal(isSurnameAfterParticle(text, at(text, word)), true, text);
  });

  it('not a term after a determiner, nor a name without initials or address before the particle', () => {
    for (const [text, word] of [
      ['levert aan Koper de Licentie', 'Licentie'],
      ['levert via A. Jansen de Licentie', 'Licentie'],
      ['gevestigd te Utrecht', 'Utrecht'],
      ['De Klant', 'Klant'],
    ]) assert.equal(isSurnameAfterParticle(text, at(text, word)), false, text);
  });

  it('a capitalised "Het" or "De" inside a sentence, after a word, opens a name', () => {
    assert.equal(isNameAfterCapitalArticle('Woningstichting Het Anker, gevestigd', 16 + 4), true);
    assert.equal(isNameAfterCapitalArticle('en café De Zwaan sluiten', 11), true);
    assert.equal(isNameAfterCapitalArticle('overeenkomst. De Klant betaalt', 17), false);
    assert.equal(isNameAfterCapitalArticle('Artikel 3 De Dienst', 13), false);
    assert.equal(isNameAfterCapitalArticle('levert de Dienst', 10), false);
  });
});
