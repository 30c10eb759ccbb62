import { expect, it } from "vitest";
import { localeMessagesRequest, requestedLocale } from "../../src/i18n/locale-messages-request";

const SHIPPED = ["en", "pl"];

it("reads the locale of a request for a shipped locale", () => {
  expect(requestedLocale(localeMessagesRequest("pl"), SHIPPED)).toBe("pl");
});

it("refuses other messages, and locales that are not shipped, so no other file is ever read", () => {
  for (const message of [
    null,
    "pl",
    { type: "verdict", locale: "pl" },
    localeMessagesRequest("xx"),
    localeMessagesRequest("../../manifest.json"),
    localeMessagesRequest("pl/../en"),
    { type: "locale-messages", locale: ["pl"] },
  ]) {
    expect(requestedLocale(message, SHIPPED)).toBeNull();
  }
});
