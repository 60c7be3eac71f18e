/**
 * The production URL substitution for manifest.xml, used by webpack.config.js (copy-webpack-plugin transform)
 * and tested in test/unit/manifest.test.ts.
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** Rewrites every dev URL in the manifest; throws (failing the build) when there was nothing to rewrite. */
function manifestTransform(baseUrl) {
  return (content) => {
    const text = content.toString("utf8");
    if (!baseUrl) return text;
    const count = text.split(DEV_BASE_URL).length - 1;
    if (count === 0) {
      throw new Error(
        `ADDIN_PUBLIC_URL is set but manifest.xml contains no "${DEV_BASE_URL}" to replace: ` +
          "refusing to ship a manifest that points nowhere."
      );
    }
    // AppDomain is written without the trailing slash: it takes the origin only.
    return text
      .split(DEV_BASE_URL)
      .join(baseUrl)
      .split(DEV_BASE_URL.slice(0, -1))
      .join(new URL(baseUrl).origin);
  };
}

module.exports = { manifestTransform, DEV_BASE_URL };
