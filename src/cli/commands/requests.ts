import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { requestsOf } from '../../xlsx/operations/requests';
import { readWorkingGroupFile } from '../../xlsx/history/workingGroupFile';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { nextMeetingOption } from './workingGroupOptions';

async function requests(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const input = await readWorkingGroupFile(file, options);
  const requests = requestsOf(input, { ...options, nextMeeting: nextMeetingOption(raw, options.lang) });
  io.out(raw.json === true ? `${JSON.stringify(requests.json, null, 2)}\n` : requests.text);
  return EXIT.ok;
}

export const registerRequests: RegisterCommand = (program, context) => {
  const words = COMMAND_WORDS[context.lang];
  addRoadmapOptions(program.command('requests').description(words.requestsDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .option('--next-meeting <date>', words.nextMeetingOption)
    .option('--json', context.texts.cli.jsonOption)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => requests(file, raw, context)));
};
