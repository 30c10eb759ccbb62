import { describe, expect, it } from "vitest";
import {
  MAX_RECENT_URLS,
  RECENT_URL_DAYS,
  type RecentUrl,
  readRecentUrls,
  rememberUrl,
} from "../../src/agent/recent-urls";

const NOW = Date.UTC(2025, 5, 10, 12);
const DAY = 24 * 60 * 60 * 1000;
const at = (url: string, daysAgo: number): RecentUrl => ({ url, at: NOW - daysAgo * DAY });

describe("rememberUrl", () => {
  it("puts the URL first, stamped now, without a duplicate, and leaves the input alone", () => {
    const before = [at("https://a/1", 1), at("https://a/2", 2), at("https://a/3", 3)];
    const copy = structuredClone(before);
    expect(rememberUrl(before, "https://a/2", NOW)).toEqual([
      { url: "https://a/2", at: NOW },
      at("https://a/1", 1),
      at("https://a/3", 3),
    ]);
    expect(before).toEqual(copy);
  });

  it("forgets the oldest beyond the cap", () => {
    let recent: RecentUrl[] = [];
    for (let index = 0; index < MAX_RECENT_URLS + 3; index++)
      recent = rememberUrl(recent, `https://a/${index}`, NOW);
    expect(recent).toHaveLength(MAX_RECENT_URLS);
    expect(recent[0]?.url).toBe(`https://a/${MAX_RECENT_URLS + 2}`);
  });

  it("forgets what has expired while it remembers a new one", () => {
    const recent = rememberUrl([at("https://a/old", RECENT_URL_DAYS + 1)], "https://a/new", NOW);
    expect(recent.map((entry) => entry.url)).toEqual(["https://a/new"]);
  });
});

describe("readRecentUrls", () => {
  it("cleans whatever storage held", () => {
    expect(readRecentUrls(undefined, NOW)).toEqual([]);
    expect(readRecentUrls("https://a/1", NOW)).toEqual([]);
    expect(
      readRecentUrls(
        [
          at("https://a/1", 0),
          7,
          null,
          { url: 7, at: NOW },
          { url: "https://a/x" },
          at("https://a/1", 1),
          at("https://a/2", 1),
        ],
        NOW,
      ),
    ).toEqual([at("https://a/1", 0), at("https://a/2", 1)]);
  });

  it(`forgets an address after ${RECENT_URL_DAYS} days: for an agent the list names customers`, () => {
    const stored = [
      at("https://a/fresh", RECENT_URL_DAYS - 0.5),
      at("https://a/stale", RECENT_URL_DAYS + 0.5),
    ];
    expect(readRecentUrls(stored, NOW).map((entry) => entry.url)).toEqual(["https://a/fresh"]);
  });

  it("forgets what an older version stored without a date, and anything dated in the future", () => {
    expect(readRecentUrls(["https://a/1", "https://a/2"], NOW)).toEqual([]);
    expect(readRecentUrls([at("https://a/1", -2)], NOW)).toEqual([]);
  });
});
