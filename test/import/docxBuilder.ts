// Builds small .docx packages from WordprocessingML written in the test, for forms LibreOffice does not
// write (content controls, tracked changes, comments, fields, style-bound numbering, isLgl …).
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** The children of w:body. */
  body: string;
  /** The children of w:numbering. */
  numbering?: string;
  /** The children of w:styles. */
  styles?: string;
  footnotes?: string;
  endnotes?: string;
  comments?: string;
}

export function buildDocx(p: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const add = (name: string, type: string, root: string, inner: string) => {
    files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${W}>${inner}</w:${root}>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${type}" Target="${name}"/>`);
  };
  if (p.styles !== undefined) add('styles.xml', 'styles', 'styles', p.styles);
  if (p.numbering !== undefined) add('numbering.xml', 'numbering', 'numbering', p.numbering);
  if (p.footnotes !== undefined) add('footnotes.xml', 'footnotes', 'footnotes', p.footnotes);
  if (p.endnotes !== undefined) add('endnotes.xml', 'endnotes', 'endnotes', p.endnotes);
  if (p.comments !== undefined) add('comments.xml', 'comments', 'comments', p.comments);
  files['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${p.body}</w:body></w:document>`);
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return zipSync(files);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph: optional style and list reference, then runs (plain strings become runs). */
export function para(content: string | string[], o: { style?: string; num?: [number, number]; pPr?: string } = {}): string {
  const pPr = [o.style ? `<w:pStyle w:val="${o.style}"/>` : '', o.num ? `<w:numPr><w:ilvl w:val="${o.num[1]}"/><w:numId w:val="${o.num[0]}"/></w:numPr>` : '', o.pPr ?? ''].join('');
  const runs = (Array.isArray(content) ? content : [content]).map((c) => (c.startsWith('<') ? c : run(c))).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

export function run(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** An abstract definition with its levels ([lvlText, numFmt, extra XML]) and one w:num instance. */
export function list(abstractId: number, numId: number, levels: Array<[string, string, string?]>, numExtra = ''): { abstract: string; num: string } {
  const lv = levels.map(([text, fmt, extra], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${esc(text)}"/>${extra ?? ''}</w:lvl>`).join('');
  return { abstract: `<w:abstractNum w:abstractNumId="${abstractId}">${lv}</w:abstractNum>`, num: `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${numExtra}</w:num>` };
}
