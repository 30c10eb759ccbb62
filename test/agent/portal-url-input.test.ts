import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPortalUrl } from "../../src/agent/portal-url-input";

const HOSTS = ["admin.microsoft.com", "portal.azure.com"];

describe("readPortalUrl", () => {
  it("reads a full portal URL as it is", () => {
    expect(readPortalUrl("https://portal.azure.com/#@contoso.onmicrosoft.com/resource/x", HOSTS)).toEqual({
      ok: true,
      url: "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/x",
      host: "portal.azure.com",
    });
  });

  it("adds https:// and strips what chats and mail put around a URL", () => {
    expect(readPortalUrl("  admin.microsoft.com/Adminportal/Home#/subscriptions \n", HOSTS)).toMatchObject({
      ok: true,
      url: "https://admin.microsoft.com/Adminportal/Home#/subscriptions",
    });
    expect(readPortalUrl("<https://Admin.Microsoft.com/#/users>", HOSTS)).toMatchObject({
      ok: true,
      url: "https://admin.microsoft.com/#/users",
    });
  });

  it("says why it cannot use the input", () => {
    expect(readPortalUrl("   ", HOSTS)).toEqual({ ok: false, problem: "empty" });
    expect(readPortalUrl("https://portal.azure.com/#home extra words", HOSTS)).toEqual({
      ok: false,
      problem: "not-a-url",
    });
    expect(readPortalUrl("http://portal.azure.com/", HOSTS)).toEqual({ ok: false, problem: "not-https" });
    expect(readPortalUrl("javascript:alert(1)", HOSTS)).toEqual({ ok: false, problem: "not-https" });
    expect(readPortalUrl("https://example.com/#/subscriptions", HOSTS)).toEqual({
      ok: false,
      problem: "unsupported-host",
      host: "example.com",
    });
  });

  it("does not let a look-alike host through", () => {
    for (const tricky of [
      "https://portal.azure.com.evil.example/",
      "https://portal.azure.com@evil.example/",
      "https://user@portal.azure.com/",
      "https://portal.azure.com:8443/",
      "https://evil.example/https://portal.azure.com/",
    ]) {
      expect(readPortalUrl(tricky, HOSTS).ok, tricky).toBe(false);
    }
  });

  it("never throws and accepts only supported https hosts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const read = readPortalUrl(text, HOSTS);
        if (read.ok) {
          const url = new URL(read.url);
          expect(url.protocol).toBe("https:");
          expect(HOSTS).toContain(url.hostname);
        }
      }),
    );
  });
});
