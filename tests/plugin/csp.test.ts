import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  cspMetaTag,
  inlineScriptHashes,
} from "../../src/plugin/csp.ts";

const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the Content-Security-Policy", () => {
  it("allows the template's inline classic scripts by the hash of their exact text", () => {
    const theme =
      "\n      document.documentElement.classList.add('dark');\n    ";
    const template = `<head><script>${theme}</script><script type="module" src="/a.js"></script><script id="x" src="/b.js" defer></script></head>`;
    expect(inlineScriptHashes(template)).toEqual([sha256(theme)]);
  });

  it("puts the hashes into script-src and nowhere else", () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='; ");
    expect(policy.match(/sha256/g)).toHaveLength(1);
    expect(policy).toMatch(/^default-src 'self'; /);
    expect(policy).not.toContain("unsafe-inline");
  });

  it("allows no inline script when the template has none", () => {
    expect(inlineScriptHashes("<head><title>x</title></head>")).toEqual([]);
    expect(cspMetaTag()).toContain(`content="${contentSecurityPolicy()}"`);
    expect(contentSecurityPolicy()).toContain("script-src 'self'; ");
  });
});
