/**
 * The edge between the add-in and Office.js: every user action calls `run` once, which calls `Excel.run` once and
 * hands the request context to an adapter helper. Helpers take the context, queue their commands, sync once and
 * return plain data; they reject on failure and the task pane shows the message.
 */
export type ExcelOperation<T> = (context: Excel.RequestContext) => Promise<T>;

export async function run<T>(operation: ExcelOperation<T>): Promise<T> {
  return await Excel.run(async (context) => await operation(context));
}
