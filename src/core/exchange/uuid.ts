/**
 * Name-based UUIDs: the same content always gives the same UUID, so an exported document can be compared with a
 * golden copy and re-exporting an unchanged workbook does not churn a GRC tool's records. Laid out as RFC 4122
 * version 5 (version nibble 5, variant 10xx), which OSCAL's UUID pattern accepts; the 122 bits come from two
 * seeded 64-bit FNV-1a hashes of the name instead of SHA-1, because core stays free of Node and Web crypto.
 */
import { fnv1a64 } from "../reviewHash";

/** Gives the UUID for a name; inject another (e.g. random v4) where stable identities are not wanted. */
export type UuidSource = (name: string) => string;

export const nameUuid: UuidSource = (name) => {
  const hex = fnv1a64(`selfassess/uuid/1\u0000${name}`) + fnv1a64(`selfassess/uuid/2\u0000${name}`);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
