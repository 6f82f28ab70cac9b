// Why a file cannot be imported, in the user's language. The CLI prints it and exits 2; VS Code shows it.
export interface ImportMessage {
  nl: string;
  en: string;
}

export type ImportErrorCode = 'old-doc' | 'encrypted' | 'rtf' | 'not-zip' | 'damaged' | 'not-word' | 'too-large' | 'unreadable-xml';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly text: ImportMessage,
  ) {
    super(text.en);
    this.name = 'ImportError';
  }
}
