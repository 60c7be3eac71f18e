/**
 * link.placeholder: a placeholder ("TBD", "N/A", "link", "https://", example.com, lorem ipsum) where a link belongs is an error.
 */
import type { ControlRule } from "./types";
import { rejectedLinkRule } from "./support";

export const linkPlaceholder: ControlRule = rejectedLinkRule("linkPlaceholder", "placeholder");
