// Every LSP feature module, registered in this order. Add new ones here.
import type { Feature } from '../context';
import { codeActions } from './codeActions';

export const features: Feature[] = [codeActions];
