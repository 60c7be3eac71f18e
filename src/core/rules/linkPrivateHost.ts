/**
 * link.private-host: a link to a host an AWS reviewer cannot reach (localhost, loopback, private and link-local addresses, .local/.internal/.corp names, single-word intranet names) is an error.
 */
import type { ControlRule } from "./types";
import { rejectedLinkRule } from "./support";

export const linkPrivateHost: ControlRule = rejectedLinkRule("linkPrivateHost", "private-host");
