/**
 * `selfassess`: the command line over the same engine as the add-in, for PDMs checking workbooks and for CI.
 */
import { type CliIo, type Command, type ExitCode, UsageError } from "./command";
import { catalogCommand } from "./commands/catalog";
import { scoreCommand } from "./commands/score";
import { newCommand } from "./commands/new";
import { checkCommand } from "./commands/check";
import { finalizeCommand } from "./commands/finalize";
import { exportCommand } from "./commands/export";
import { diffCommand } from "./commands/diff";
import { reportCommand } from "./commands/report";
import { carryForwardCommand } from "./commands/carryForward";
import { FileError } from "./files";

export const COMMANDS: readonly Command[] = [
  catalogCommand,
  scoreCommand,
  newCommand,
  checkCommand,
  finalizeCommand,
  exportCommand,
  diffCommand,
  reportCommand,
  carryForwardCommand,
];

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `selfassess: AWS partner self-assessment checklists, scoring and workbook checks\n\nUsage:\n${lines.join("\n")}\n\nExit codes: 0 ok, 1 the assessment has errors, 2 bad usage or unreadable input.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      `selfassess: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(", ")}\n`
    );
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`Usage: ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`selfassess ${command.name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof FileError) {
      io.stderr(`selfassess ${command.name}: ${error.message}\n`);
      return 2;
    }
    // A file-system failure a command did not foresee is still one line, not a stack trace.
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code) && error instanceof Error) {
      io.stderr(`selfassess ${command.name}: ${error.message.split("\n")[0]}\n`);
      return 2;
    }
    throw error;
  }
}

/** The process edge: real stdout/stderr, the exit code set from `main`. Used by bin/selfassess.js. */
export function runFromProcess(argv: string[] = process.argv.slice(2)): void {
  // `selfassess catalog | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `selfassess: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
      );
      process.exitCode = 2;
    }
  );
}

if (require.main === module) runFromProcess();
