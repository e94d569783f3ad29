import { DOCUMENT_COMMAND_WORDS, DOCUMENT_WORDS } from '../../i18n/documents';
import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { workingGroupDocument } from '../../xlsx/operations/documents';
import { readWorkingGroupFile } from '../../xlsx/history/workingGroupFile';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { resolveOutputPath, writeOutputFile } from '../output';
import { chairOption, nextMeetingOption } from './workingGroupOptions';

type Kind = 'disagreements' | 'protocol';

/**
 * `roadmap disagreements` and `roadmap protocol`: the document as text on stdout (or its model with --json), and with
 * `--docx F` as a Word file written atomically beside the input, never over it. Exit 0, or 2 when the file can't be read.
 */
async function writeDocument(kind: Kind, file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const nextMeeting = nextMeetingOption(raw, options.lang);
  if (typeof raw.docx === 'string') await resolveOutputPath(file, raw.docx, options.lang);
  const input = await readWorkingGroupFile(file, options);
  const { document, text, bytes } = await workingGroupDocument(input, kind, { ...options, nextMeeting, chair: chairOption(raw) });
  io.out(raw.json === true ? `${JSON.stringify(document, null, 2)}\n` : text);
  if (typeof raw.docx === 'string') {
    await writeOutputFile(file, raw.docx, bytes, options.lang);
    const words = DOCUMENT_WORDS[options.lang];
    const name = kind === 'disagreements' ? words.disagreements.kind : words.protocol.kind;
    io.err(`${DOCUMENT_COMMAND_WORDS[options.lang].written(name.charAt(0) + name.slice(1).toLowerCase(), raw.docx)}\n`);
  }
  return EXIT.ok;
}

function register(kind: Kind): RegisterCommand {
  return (program, context) => {
    const words = DOCUMENT_COMMAND_WORDS[context.lang];
    const description = kind === 'disagreements' ? words.disagreementsDescription : words.protocolDescription;
    addRoadmapOptions(program.command(kind).description(description), context.texts)
      .argument('<file>', context.texts.cli.fileArgument)
      .option('--docx <file>', kind === 'disagreements' ? words.disagreementsDocx : words.protocolDocx)
      .option('--chair <name>', words.chairOption)
      .option('--next-meeting <date>', COMMAND_WORDS[context.lang].nextMeetingOption)
      .option('--json', context.texts.cli.jsonOption)
      .action((file: string, raw: Record<string, unknown>) => context.run(() => writeDocument(kind, file, raw, context)));
  };
}

export const registerDisagreements = register('disagreements');
export const registerProtocol = register('protocol');
