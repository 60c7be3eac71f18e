/**
 * Every date flag (--as-of and any later one) goes through here: strictly YYYY-MM-DD and a real calendar day
 * (core/dates/calendar.ts decides), so 2025-02-30, 2025-13-45 and 9999-99-99 are refused.
 */
import { isIsoDate } from "../core/dates/calendar";
import { flagString, UsageError, type ParsedArgs } from "./command";

/** The flag's date, or null when absent; a UsageError when it is not a real YYYY-MM-DD day. */
export function dateFlag(parsed: ParsedArgs, name: string): string | null {
  const value = flagString(parsed, name);
  if (value === undefined) return null;
  if (!isIsoDate(value))
    throw new UsageError(`--${name} must be a real calendar day as YYYY-MM-DD (got "${value}")`);
  return value;
}
