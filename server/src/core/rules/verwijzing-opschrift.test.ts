import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

const DRAFT = (ref: string) =>
  [
    '## Artikel 1 – Toepasselijkheid',
    `1.1 Voor overmacht geldt ${ref}.`,
    '## Artikel 2 – Aansprakelijkheid',
    '2.1 Leverancier is aansprakelijk volgens de wet.',
    '## Artikel 3 – Overmacht',
    '3.1 Bij overmacht hoeft een partij niet na te komen.',
    '',
  ].join('\n');

describe('verwijzing-opschrift', () => {
  it('fires on a caption that names another heading than the target, and names the target heading', () => {
    const [f] = check('verwijzing-opschrift', DRAFT('«artikel 2 (Overmacht)»'));
    assert.match(f.message.nl, /artikel 2 heet "Aansprakelijkheid"/);
    assert.match(f.message.en, /article 2 is headed "Aansprakelijkheid"/);
    assert.equal(f.related?.length, 1);
    check('verwijzing-opschrift', DRAFT('«artikel 2 "Overmacht"»'));
  });

  it('accepts the right caption, a shortened one, and parentheses that are no caption', () => {
    check('verwijzing-opschrift', DRAFT('artikel 3 (Overmacht)'));
    check('verwijzing-opschrift', DRAFT('artikel 2 (aansprakelijk)'));
    check('verwijzing-opschrift', DRAFT('artikel 2 (zie hierna)'));
    check('verwijzing-opschrift', DRAFT('artikel 2 (en verder)'));
    check('verwijzing-opschrift', DRAFT('artikel 2'));
  });

  it('reads a reference to a lid against the heading of its article', () => {
    check('verwijzing-opschrift', DRAFT('«artikel 2.1 (Overmacht)»'));
    check('verwijzing-opschrift', DRAFT('artikel 3.1 (Overmacht)'));
  });

  it('reads "Artikel 1 (inhoud van de opdracht)" under numbered parties as a heading, not as a reference', () => {
    const draft = 'Partijen:\n\n1. Drukkerij Vink B.V., gevestigd te Breda, hierna te noemen: \'Opdrachtgever\';\n\nen\n\n2. mevrouw L. Smit, wonende te Tilburg, hierna te noemen: \'Opdrachtnemer\';\n\nKomen het volgende overeen:\n\nArtikel 1 (inhoud van de opdracht)\nOpdrachtnemer ontwerpt de huisstijl van Opdrachtgever.\n\nArtikel 2 (vergoeding)\nOpdrachtgever betaalt voor het werk uit artikel 1 een vast bedrag.\n';
    check('verwijzing-opschrift', draft);
    // A reference with a caption in brackets is still read against the heading it names.
    check('verwijzing-opschrift', draft.replace('uit artikel 1 een', 'uit «artikel 1 (Geheimhouding)» een'));
  });
});
