// Every LSP feature module, registered in this order. Add new ones here.
import type { Feature } from '../context';
import { codeActions } from './codeActions';
import { preview } from './preview';
import { hover } from './hover';
import { completion } from './completion';
import { symbols } from './symbols';
import { folding } from './folding';
import { selection } from './selection';
import { definition } from './definition';
import { references } from './references';
import { highlights } from './highlights';
import { rename } from './rename';
import { renumber } from './renumber';
import { lawLinks } from './lawLinks';
import { lawCommand } from './lawCommand';
import { newDraftRequest } from './newDraft';

export const features: Feature[] = [codeActions, preview, hover, completion, symbols, folding, selection, definition, references, highlights, rename, renumber, lawLinks, lawCommand, newDraftRequest];
