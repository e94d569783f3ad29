import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { endOfQuarter, requestsByResponsible, requestText, requestsText } from '../../roadmap/workingGroup';
import { readWorkingGroupFile } from '../../xlsx/history/workingGroupFile';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { nextMeetingOption } from './workingGroupOptions';

async function requests(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const { roadmap } = await readWorkingGroupFile(file, options);
  const nextMeeting = nextMeetingOption(raw, options.lang) ?? endOfQuarter(roadmap.today);
  const list = requestsByResponsible(roadmap.items, roadmap.today, nextMeeting);
  const context = { today: roadmap.today, nextMeeting, lang: options.lang };
  if (raw.json === true) {
    const json = { today: roadmap.today, nextMeeting, sheet: roadmap.layout.sheet, requests: list.map((request) => ({ ...request, text: requestText(request, context) })) };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.out(requestsText(list, context));
  }
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
