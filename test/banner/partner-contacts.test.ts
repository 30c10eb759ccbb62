import { describe, expect, it } from "vitest";
import { partnerContactLinks } from "../../src/banner/partner-contacts";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

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
