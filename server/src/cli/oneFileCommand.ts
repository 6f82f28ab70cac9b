// The arguments of the CLI commands that take one file and write one (`export`, `import`): -o, --force,
// --taal and --help besides their own options, one positional, and the same messages on a mistake.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../core';

type Out = (s: string) => void;
type Options = NonNullable<ParseArgsConfig['options']>;

export interface OneFileArgs {
  file: string;
  output?: string;
  force: boolean;
  lang: Lang;
  values: Record<string, string | boolean | undefined>;
}

/** The parsed arguments, or the exit code when there is nothing to do (--help: 0) or a usage error (2). */
export function parseOneFileCommand(command: string, what: string, usage: string, argv: string[], extra: Options, out: Out, err: Out): OneFileArgs | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...extra,
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        taal: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    err(`clausule ${command}: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`clausule ${command}: name exactly one ${what}.\n\n${usage}`);
    return 2;
  }
  if (values.taal !== 'nl' && values.taal !== 'en') {
    err(`clausule ${command}: unknown language "${String(values.taal)}"; use nl or en.`);
    return 2;
  }
  return { file: positionals[0], output: values.output as string | undefined, force: values.force === true, lang: values.taal, values };
}
