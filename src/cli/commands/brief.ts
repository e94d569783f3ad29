import { markToolWorkbook } from '../../xlsx/toolMarker';
import { DOCUMENT_COMMAND_WORDS } from '../../i18n/documents';
import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { briefText } from '../../roadmap/workingGroup';
import { briefOf, workingGroupDocument } from '../../xlsx/operations/documents';
import { workingGroupUnkept } from '../../xlsx/operations/workingGroup';
import { printNotices } from '../notices';
import { readWorkingGroupFile } from '../../xlsx/history/workingGroupFile';
import { briefWorkbook } from '../../xlsx/history/workingGroupOutputs';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { checkDistinctOutputs, resolveOutputPath, writeOutputFile } from '../output';
import { chairOption, nextMeetingOption } from './workingGroupOptions';
import { isMacroEnabledName } from '../../xlsx/workbookCopy';

async function brief(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const words = COMMAND_WORDS[options.lang];
  const nextMeeting = nextMeetingOption(raw, options.lang);
  const outputs = [raw.docx, raw.output].map((output) => (typeof output === 'string' ? output : undefined));
  for (const output of outputs) if (output !== undefined) await resolveOutputPath(file, output, options.lang);
  await checkDistinctOutputs(outputs, options.lang);
  const input = await readWorkingGroupFile(file, options);
  const documentOptions = { ...options, nextMeeting, chair: chairOption(raw) };
  const { model, document } = briefOf(input, documentOptions);
  if (raw.json === true) io.out(`${JSON.stringify(model, null, 2)}\n`);
  else io.out(briefText(document, options.lang));
  if (typeof raw.docx === 'string') {
    await writeOutputFile(file, raw.docx, (await workingGroupDocument(input, 'brief', documentOptions)).bytes, options.lang);
    io.err(`${words.docxWritten(raw.docx)}\n`);
  }
  if (typeof raw.output === 'string') {
    const copy = await briefWorkbook(input, document, isMacroEnabledName(raw.output));
    const unkept = await workingGroupUnkept(input, isMacroEnabledName(raw.output), copy.unplacedNotes);
    printNotices(io, unkept ? [unkept] : [], options.lang);
    await writeOutputFile(file, raw.output, await markToolWorkbook(copy.bytes, { kind: 'roadmap-copy', asOf: options.today }), options.lang);
    io.err(`${words.sheetWritten(raw.output)}\n`);
  }
  return EXIT.ok;
}

export const registerBrief: RegisterCommand = (program, context) => {
  const words = COMMAND_WORDS[context.lang];
  addRoadmapOptions(program.command('brief').description(words.briefDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .option('--next-meeting <date>', words.nextMeetingOption)
    .option('--json', context.texts.cli.jsonOption)
    .option('--docx <file>', words.docxOption)
    .option('--chair <name>', DOCUMENT_COMMAND_WORDS[context.lang].chairOption)
    .option('-o, --output <file>', words.briefOutputOption)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => brief(file, raw, context)));
};
