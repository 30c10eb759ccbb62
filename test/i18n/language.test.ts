import { describe, expect, it } from "vitest";
import { bestLanguageMatch, normaliseLanguageTag, textDirection } from "../../src/i18n/language";

describe("textDirection", () => {
  it.each(["ar", "he", "fa", "ur", "ar-EG", "he_IL", "az-Arab", "ckb"])("%s runs right to left", (tag) => {
    expect(textDirection(tag)).toBe("rtl");
  });

  it.each(["en", "pl", "de", "fr", "es", "ja", "en-US", "pa-Guru", "sd-Deva", "", "x"])(
    "%s runs left to right",
    (tag) => {
      expect(textDirection(tag)).toBe("ltr");
    },
  );
});

describe("bestLanguageMatch", () => {
  it("prefers the exact tag, in any spelling", () => {
    expect(bestLanguageMatch("pt-BR", ["pt", "pt_BR"])).toBe("pt_BR");
    expect(bestLanguageMatch("PT_br", ["pt-br"])).toBe("pt-br");
  });

  it("falls back to the bare language, then to another region of it", () => {
    expect(bestLanguageMatch("de-AT", ["en", "de-DE", "de"])).toBe("de");
    expect(bestLanguageMatch("de-CH", ["en", "de-DE"])).toBe("de-DE");
    expect(bestLanguageMatch("de", ["de-DE"])).toBe("de-DE");
  });

  it("finds nothing for another language or an empty tag", () => {
    expect(bestLanguageMatch("ja", ["en", "en-GB"])).toBeNull();
    expect(bestLanguageMatch("", ["en"])).toBeNull();
  });
});

it("normaliseLanguageTag spells tags one way", () => {
  expect(normaliseLanguageTag(" pt_BR ")).toBe("pt-br");
});
