import { messageUrl, type CommandMessage } from './messageQuery';

/** The part of `Office.context.ui` the commands use (injectable for tests). */
export type DialogUi = Pick<Office.UI, 'displayDialogAsync'>;

const DIALOG_SIZE = { height: 35, width: 40 };

/**
 * Shows a message in a small Office dialog and resolves once it is closed (the page's Close button messages us, or the
 * user closes the window), or at once when Office cannot open it. Never rejects: a command must still complete its event.
 * The caller completes the event only after this resolves, because Office may unload the function file then,
 * and the dialog could no longer be closed by its button.
 */
export function showMessageDialog(ui: DialogUi, base: string, message: CommandMessage): Promise<void> {
  return new Promise((resolve) => {
    try {
      // displayInIframe: Excel on the web shows it inside the page, where no pop-up blocker interferes.
      ui.displayDialogAsync(messageUrl(base, message), { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error('Roadmap Monitor: the message dialog did not open:', result.error?.message, message.body);
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch (error) {
      console.error('Roadmap Monitor: the message dialog did not open:', error, message.body);
      resolve();
    }
  });
}
