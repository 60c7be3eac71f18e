/**
 * The CLI's file edge: reading an input, writing an output, and the rule that an output never replaces its input.
 * Every failure is a FileError whose message is one line naming the file (main.ts prints it and exits 2), never a
 * Node stack trace.
 */
import { realpathSync, statSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export class FileError extends Error {
  override name = "FileError";
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "the disk is full";
    case "EROFS":
      return "the file system is read-only";
    default:
      return error instanceof Error ? error.message.split("\n")[0] : String(error);
  }
}

/** The bytes of an input file; `shown` is the name as the user typed it. */
export async function readInput(path: string, shown: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new FileError(`cannot read ${shown}: ${reason(error)}`);
  }
}

/** The same file on disk: same real path, or the same inode on the same device (a hard link). */
export function sameFile(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/**
 * Checks an output path before any work: it must not be the input (by real path or inode), not a folder, and its
 * folder must exist. Returns whether a file is already there.
 */
export async function checkOutput(
  output: string,
  shown: string,
  input?: string
): Promise<{ exists: boolean }> {
  if (input !== undefined && sameFile(input, output))
    throw new FileError(`${shown} is the input file (the same file on disk); choose another name`);
  let exists = false;
  try {
    const info = await stat(output);
    if (info.isDirectory())
      throw new FileError(`cannot write ${shown}: it is a folder, not a file`);
    exists = true;
  } catch (error) {
    if (error instanceof FileError) throw error;
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new FileError(`cannot write ${shown}: ${reason(error)}`);
  }
  try {
    if (!(await stat(dirname(output))).isDirectory())
      throw new FileError(`cannot write ${shown}: ${dirname(output)} is not a folder`);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot write ${shown}: the folder ${dirname(output)} does not exist`);
  }
  return { exists };
}

/**
 * Writes an output file. With `input` the path is compared once more right before writing (a link could have been
 * made meanwhile), so the input is never replaced.
 */
export async function writeOutput(
  output: string,
  shown: string,
  bytes: Uint8Array,
  input?: string
): Promise<void> {
  if (input !== undefined && sameFile(input, output))
    throw new FileError(`${shown} is the input file (the same file on disk); choose another name`);
  try {
    await writeFile(output, bytes);
  } catch (error) {
    throw new FileError(`cannot write ${shown}: ${reason(error)}`);
  }
}
