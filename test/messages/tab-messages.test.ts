import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";
import {
  GET_STATE,
  isGetState,
  readTabState,
  readVerdictReport,
  readVerdictReportReply,
} from "../../src/messages/tab-messages";

const STATE = {
  href: "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  classification: classifyUrl(
    "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  ),
  bannerText: "Goes through your partner",
};

describe("readTabState", () => {
  it("reads what the content script answers", () => {
    expect(readTabState(JSON.parse(JSON.stringify(STATE)))).toEqual(STATE);
    expect(readTabState({ ...STATE, bannerText: null })?.bannerText).toBeNull();
  });

  it("refuses anything else, e.g. an older content script's answer", () => {
    for (const answer of [
      undefined,
      null,
      "state",
      { ...STATE, href: 7 },
      { ...STATE, classification: null },
      { ...STATE, classification: { ...STATE.classification, verdict: "maybe" } },
      { ...STATE, classification: { ...STATE.classification, tenant: 42 } },
      { ...STATE, classification: { ...STATE.classification, why: undefined } },
      { ...STATE, bannerText: { html: "<b>x</b>" } },
    ]) {
      expect(readTabState(answer)).toBeNull();
    }
  });

  it("keeps only the known fields", () => {
    const read = readTabState({
      ...STATE,
      extra: "x",
      classification: { ...STATE.classification, extra: 1 },
    });
    expect(read).toEqual(STATE);
  });
});

describe("messages", () => {
  it("tells a get-state request and a verdict report apart from other messages", () => {
    expect(isGetState(GET_STATE)).toBe(true);
    expect(isGetState({ type: "verdict" })).toBe(false);
    expect(isGetState(null)).toBe(false);
    expect(readVerdictReport({ type: "verdict", verdict: "info", rule: "m365.health.messages" })).toEqual({
      type: "verdict",
      verdict: "info",
      rule: "m365.health.messages",
    });
    expect(readVerdictReport({ type: "verdict", verdict: "none", rule: null })?.rule).toBeNull();
    expect(readVerdictReport({ type: "verdict", verdict: "evil" })).toBeNull();
    expect(readVerdictReport({ type: "get-state" })).toBeNull();
  });

  it("reads the background's answer to a report of none, and nothing else as one", () => {
    expect(readVerdictReportReply({ customRules: true })).toEqual({ customRules: true });
    expect(readVerdictReportReply({ customRules: false })).toEqual({ customRules: false });
    for (const answer of [undefined, null, "yes", { customRules: "true" }, {}]) {
      expect(readVerdictReportReply(answer), JSON.stringify(answer)).toBeNull();
    }
  });
});
