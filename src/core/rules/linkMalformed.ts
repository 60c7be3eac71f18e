/**
 * link.malformed: evidence links must be complete web addresses: no scheme ("www.foo.com"), spaces, or text a URL parser rejects are errors.
 */
import type { ControlRule } from "./types";
import { rejectedLinkRule } from "./support";

export const linkMalformed: ControlRule = rejectedLinkRule("linkMalformed", "malformed");
