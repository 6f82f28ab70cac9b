// Opening a .docx: recognise what the bytes are before unzipping, unzip only the XML parts the import reads
// (fflate), and cap what may be unpacked so a zip bomb is refused instead of filling memory.
import { unzipSync } from 'fflate';
import { ImportError } from './errors';

/** Largest .docx file accepted (bytes). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest total of the unpacked XML parts the import reads (bytes). */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" as a UTF-16LE stream name: an OLE container holding an encrypted .docx. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** The parts of a .docx that the import reads, as text, keyed by their path in the package. */
export function openDocx(bytes: Uint8Array): Map<string, string> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError('too-large', {
      nl: `het bestand is groter dan ${mb(MAX_FILE_BYTES)}; dat is te groot om als concept te openen`,
      en: `the file is larger than ${mb(MAX_FILE_BYTES)}, too large to open as a draft`,
    });
  }
  if (startsWith(bytes, OLE)) {
    if (hasEncryptedPackage(bytes)) {
      throw new ImportError('encrypted', {
        nl: 'het document is met een wachtwoord beveiligd (versleuteld); verwijder in Word het wachtwoord (Bestand > Info > Document beveiligen) en sla het opnieuw op',
        en: 'the document is password-protected (encrypted); remove the password in Word (File > Info > Protect Document) and save it again',
      });
    }
    throw new ImportError('old-doc', {
      nl: 'dit is een oud Word-bestand (.doc); open het in Word en sla het op als .docx (Word-document)',
      en: 'this is an old Word file (.doc); open it in Word and save it as .docx (Word Document)',
    });
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new ImportError('rtf', {
      nl: 'dit is een RTF-bestand, geen .docx; open het in Word en sla het op als .docx (Word-document)',
      en: 'this is an RTF file, not a .docx; open it in Word and save it as .docx (Word Document)',
    });
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new ImportError('not-zip', {
      nl: 'dit is geen Word-document (.docx): het bestand is geen zip-archief',
      en: 'this is not a Word document (.docx): the file is not a zip archive',
    });
  }
  let total = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      // The declared sizes decide; fflate inflates each entry into a buffer of its declared size, so an
      // entry that lies about its size cannot grow past it.
      filter: (f) => {
        if (!/\.(xml|rels)$/i.test(f.name) || /^(word\/media|customXml)\//i.test(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_UNPACKED_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch (e) {
    throw new ImportError('damaged', {
      nl: `het .docx-bestand is beschadigd: het zip-archief kan niet worden gelezen (${(e as Error).message})`,
      en: `the .docx file is damaged: its zip archive cannot be read (${(e as Error).message})`,
    });
  }
  if (tooLarge) {
    throw new ImportError('too-large', {
      nl: `het document pakt uit tot meer dan ${mb(MAX_UNPACKED_BYTES)} aan tekst en opmaak; dat is te groot (of het is een zip-bom) en wordt niet geopend`,
      en: `the document unpacks to more than ${mb(MAX_UNPACKED_BYTES)} of text and markup; that is too large (or a zip bomb) and is not opened`,
    });
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) parts.set(name.replace(/^\/+/, ''), decode(data));
  return parts;
}

/** XML parts are UTF-8 unless a byte order mark says UTF-16. */
function decode(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.includes('/') ? fromPart.slice(0, fromPart.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const seg of (base + target).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
