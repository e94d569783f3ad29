import { endOfQuarter, requestsByResponsible, requestText, requestsText, type ResponsibleRequest } from '../../roadmap/workingGroup';
import type { InputWorkbook, OperationOptions } from './input';
import { openWorkingGroup, type WorkingGroupFile } from './workingGroup';

export interface RequestsOptions extends OperationOptions {
  /** The next meeting, ISO; default the end of the report date's quarter (the CLI's --next-meeting). */
  nextMeeting?: string;
}

/** What `roadmap requests --json` prints (as an object). */
export interface RequestsJson {
  today: string;
  nextMeeting: string;
  sheet: string;
  requests: Array<ResponsibleRequest & { text: string }>;
}

export interface Requests {
  /** Exactly what `roadmap requests` prints: one request per responsible, ready to copy. */
  text: string;
  json: RequestsJson;
}

/** The requests to each responsible of a working group file read already (the CLI comes here). */
export function requestsOf(input: WorkingGroupFile, options: RequestsOptions): Requests {
  const { roadmap } = input;
  const nextMeeting = options.nextMeeting ?? endOfQuarter(roadmap.today);
  const list = requestsByResponsible(roadmap.items, roadmap.today, nextMeeting);
  const context = { today: roadmap.today, nextMeeting, lang: options.lang };
  return {
    text: requestsText(list, context),
    json: { today: roadmap.today, nextMeeting, sheet: roadmap.layout.sheet, requests: list.map((request) => ({ ...request, text: requestText(request, context) })) },
  };
}

/**
 * The requests to each responsible (items due before the next meeting, overdue ones first), from a workbook's bytes:
 * the text `roadmap requests` prints and the object `--json` prints. Throws WorkbookReadError naming `input.name`.
 */
export async function workbookRequests(input: InputWorkbook, options: RequestsOptions): Promise<Requests> {
  return requestsOf(await openWorkingGroup(input, options), options);
}
