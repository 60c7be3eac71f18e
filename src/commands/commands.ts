/**
 * Ribbon commands. In the shared runtime this bundle runs inside the task pane page; commands.html loads it
 * alone for hosts that open a separate function file. Actions are associated by id for `ExecuteFunction`
 * controls (the manifest's only button today is a `ShowTaskpane`, which needs no code).
 */
export async function showTaskpane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    // The host waits for completed() before it lets the user run the command again.
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("showTaskpane", showTaskpane);
});
