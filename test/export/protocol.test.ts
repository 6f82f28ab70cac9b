// clausule/preview and clausule/export over stdio against the bundled server (dist/server.js + dist/export.js).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withOpenDocument } from '../protocol/lspClient';
import { unzip, paragraphs } from './unzip';

const URI = 'file:///tmp/clausule-export/voorwaarden.av.md';
const DRAFT = fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/export/webwinkel-diensten.av.md'), 'utf8');

describe('protocol: preview and export requests', function () {
  const session = withOpenDocument(URI, DRAFT);

  it('clausule/preview returns the rendered fragment of the current text', async () => {
    const r = await session.client.request('clausule/preview', { uri: URI });
    assert.equal(r.uri, URI);
    assert.equal(r.version, 1);
    assert.equal(r.title, 'Algemene voorwaarden Testbedrijf Lindeboom B.V.');
    assert.match(r.html, /<div class="block article[^"]*" id="art-5" data-line="30"/);
    assert.doesNotMatch(r.html, /<script/);
    session.client.change(URI, 2, DRAFT.replace('Aansprakelijkheid', 'Beperking van aansprakelijkheid'));
    const r2 = await session.client.request('clausule/preview', { uri: URI });
    assert.equal(r2.version, 2);
    assert.match(r2.html, /<span class="num">Artikel 5<\/span> Beperking van aansprakelijkheid/);
  });

  it('clausule/export returns a .docx (loading dist/export.js) and an HTML page', async () => {
    const docx = await session.client.request('clausule/export', { uri: URI, format: 'docx' });
    const files = unzip(Buffer.from(docx.data, 'base64'));
    const headings = paragraphs(files.get('word/document.xml')!.toString('utf8')).filter((p) => p.style === 'Heading1');
    assert.equal(headings.length, 7);
    assert.equal(docx.articleCount, 7);
    const html = await session.client.request('clausule/export', { uri: URI, format: 'html' });
    assert.match(Buffer.from(html.data, 'base64').toString('utf8'), /^<!DOCTYPE html>[\s\S]*id="art-7"/);
  });

  it('answers bad requests with an error and keeps serving', async () => {
    await assert.rejects(session.client.request('clausule/preview', {}), /uri/);
    await assert.rejects(session.client.request('clausule/preview', null), /uri/);
    await assert.rejects(session.client.request('clausule/preview', { uri: 'file:///not/open.av' }), /not open/);
    await assert.rejects(session.client.request('clausule/export', { uri: URI, format: 'pdf' }), /format/);
    const r = await session.client.request('clausule/preview', { uri: URI });
    assert.match(r.html, /id="art-1"/);
  });
});
