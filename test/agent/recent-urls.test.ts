import { describe, expect, it } from "vitest";
import { MAX_RECENT_URLS, readRecentUrls, rememberUrl } from "../../src/agent/recent-urls";

describe("rememberUrl", () => {
  it("puts the URL first without a duplicate and leaves the input alone", () => {
    const before = ["https://a/1", "https://a/2", "https://a/3"];
    expect(rememberUrl(before, "https://a/2")).toEqual(["https://a/2", "https://a/1", "https://a/3"]);
    expect(before).toEqual(["https://a/1", "https://a/2", "https://a/3"]);
  });

  it("forgets the oldest beyond the cap", () => {
    let recent: string[] = [];
    for (let index = 0; index < MAX_RECENT_URLS + 3; index++)
      recent = rememberUrl(recent, `https://a/${index}`);
    expect(recent).toHaveLength(MAX_RECENT_URLS);
    expect(recent[0]).toBe(`https://a/${MAX_RECENT_URLS + 2}`);
  });
});

describe("readRecentUrls", () => {
  it("cleans whatever storage held", () => {
    expect(readRecentUrls(undefined)).toEqual([]);
    expect(readRecentUrls("https://a/1")).toEqual([]);
    expect(readRecentUrls(["https://a/1", 7, null, "https://a/1", "https://a/2"])).toEqual([
      "https://a/1",
      "https://a/2",
    ]);
  });
});
