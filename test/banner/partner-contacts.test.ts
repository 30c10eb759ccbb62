import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partnerContactLinks } from "../../src/banner/partner-contacts";
import { DEFAULT_SETTINGS, type PartnerDetails } from "../../src/settings/settings";
import { validateSetting } from "../../src/settings/validate-settings";
import { HIDDEN_RECIPIENTS } from "../settings/hostile-contacts";

const NONE = DEFAULT_SETTINGS.partner;

describe("partnerContactLinks", () => {
  it("links every contact the partner set", () => {
    expect(
      partnerContactLinks({
        name: "Contoso IT",
        email: "billing@contoso-it.example",
        phone: "+48 22 123-45-67",
        website: "https://contoso-it.example/",
        supportUrl: "https://help.contoso-it.example/tickets/new",
      }),
    ).toEqual([
      { kind: "email", text: "billing@contoso-it.example", href: "mailto:billing@contoso-it.example" },
      { kind: "phone", text: "+48 22 123-45-67", href: "tel:+48221234567" },
      { kind: "website", text: "contoso-it.example", href: "https://contoso-it.example/" },
      {
        kind: "support",
        text: "help.contoso-it.example/tickets/new",
        href: "https://help.contoso-it.example/tickets/new",
      },
    ]);
  });

  it("has nothing when nothing is set", () => {
    expect(partnerContactLinks(NONE)).toEqual([]);
  });

  it("accepts a mailto: support address", () => {
    expect(partnerContactLinks({ ...NONE, supportUrl: "mailto:help@contoso-it.example" })).toEqual([
      { kind: "support", text: "help@contoso-it.example", href: "mailto:help@contoso-it.example" },
    ]);
  });

  it("never links a hostile value", () => {
    expect(
      partnerContactLinks({
        name: "x",
        email: "a@b.example?bcc=everyone@evil.example",
        phone: "javascript:alert(1)",
        website: "javascript:alert(document.domain)",
        supportUrl: "http://insecure.example/",
      }),
    ).toEqual([]);
    expect(partnerContactLinks({ ...NONE, website: "https://user:pass@evil.example/" })).toEqual([]);
    expect(partnerContactLinks({ ...NONE, supportUrl: "data:text/html,<script>alert(1)</script>" })).toEqual(
      [],
    );
  });
});

describe("contact links that cannot hide recipients", () => {
  it.each(HIDDEN_RECIPIENTS.partnerEmail)("gives no e-mail link for %j", (email) => {
    expect(partnerContactLinks({ ...NONE, email })).toEqual([]);
  });

  it.each(HIDDEN_RECIPIENTS.partnerSupportUrl)("gives no support link for %j", (supportUrl) => {
    expect(partnerContactLinks({ ...NONE, supportUrl })).toEqual([]);
  });

  it("links every e-mail address with exactly that address as its one recipient", () => {
    const [link] = partnerContactLinks({ ...NONE, email: "o'brien+billing@partner.example" });
    expect(link?.href).toBe("mailto:o'brien+billing@partner.example");
    const url = new URL(link!.href);
    expect([url.protocol, url.pathname, url.search, url.hash]).toEqual([
      "mailto:",
      "o'brien+billing@partner.example",
      "",
      "",
    ]);
  });

  it.each([
    ["+48 22/555 01 00", "tel:+48225550100"],
    ["+44 (0)20 7946 0000", "tel:+442079460000"],
    ["+44(0)20 7946 0000", "tel:+442079460000"],
    ["+49 (0) 30 1234 5678", "tel:+493012345678"],
    ["+48 (22) 555 01 00", "tel:+48225550100"],
    ["(022) 555 01 00", "tel:0225550100"],
    ["020 7946 0000", "tel:02079460000"],
    ["+1 555.010.0199", "tel:+15550100199"],
    ["tel:+48 22 555 01 00", "tel:+48225550100"],
  ])("dials %j as %s", (phone, href) => {
    expect(partnerContactLinks({ ...NONE, phone })).toEqual([
      { kind: "phone", text: phone.replace(/^tel:/, ""), href },
    ]);
  });
});

describe("the banner and the validator agree (issue 17)", () => {
  const piece = (characters: string) =>
    fc.string({ unit: fc.constantFrom(...characters), minLength: 1, maxLength: 12 });
  const mailChars = "abcXYZ019.'+-_!$*~?&=%#/{}|^`,;:()<> @\n\u200b";
  const emailLike = fc.oneof(
    fc
      .tuple(piece(mailChars), piece("abc-.XYZ019"), fc.constantFrom("example", "ex", "x1", "1x"))
      .map(([local, domain, top]) => `${local}@${domain}.${top}`),
    fc.tuple(fc.constantFrom("", "mailto:", "MAILTO:", " mailto:"), piece(mailChars)).map((p) => p.join("")),
    fc.string({ maxLength: 40 }),
  );
  const phoneLike = fc
    .tuple(fc.constantFrom("", "+", "tel:", "tel:+", "++", " "), piece("0123456789 ()./-+x#*,;"))
    .map((p) => p.join(""));

  const linkOf = (kind: string, partner: Partial<PartnerDetails>) =>
    partnerContactLinks({ ...NONE, ...partner }).find((link) => link.kind === kind);

  const oneRecipient = (href: string, address: string): void => {
    const url = new URL(href);
    expect([url.protocol, url.pathname, url.search, url.hash]).toEqual(["mailto:", address, "", ""]);
    expect(address.split("@")).toHaveLength(2);
  };

  it("an e-mail address the validator keeps gets its button; one it refuses never reaches an href", () => {
    fc.assert(
      fc.property(emailLike, (email) => {
        const kept = validateSetting("partnerEmail", email).values.partnerEmail;
        if (kept === undefined || kept === "") {
          expect(linkOf("email", { email })).toBeUndefined();
          expect(linkOf("support", { supportUrl: `mailto:${email}` })).toBeUndefined();
          return;
        }
        const link = linkOf("email", { email: kept });
        expect(link?.text).toBe(kept);
        oneRecipient(link!.href, kept);
        const support = validateSetting("partnerSupportUrl", `mailto:${kept}`).values.partnerSupportUrl;
        oneRecipient(linkOf("support", { supportUrl: support! })!.href, kept);
      }),
      { numRuns: 3000 },
    );
  });

  it("a phone number the validator keeps gets its button; one it refuses never reaches an href", () => {
    fc.assert(
      fc.property(phoneLike, (phone) => {
        const kept = validateSetting("partnerPhone", phone).values.partnerPhone;
        if (kept === undefined || kept === "") {
          expect(linkOf("phone", { phone })).toBeUndefined();
          return;
        }
        const link = linkOf("phone", { phone: kept });
        expect(link?.text).toBe(kept);
        expect(link!.href).toMatch(/^tel:\+?[0-9]{3,20}$/);
        expect(link!.href.replace(/[^0-9]/g, "")).toBe(
          kept.replace(/^\+[ ./-]*([0-9]{1,3})[ ./-]*\( *0 *\)/, "$1").replace(/[^0-9]/g, ""),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
