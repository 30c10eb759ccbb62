import { describe, expect, it } from "vitest";
import {
  fillRequestTemplate,
  MAX_REQUEST_TEMPLATE_LENGTH,
  percentEncode,
  REQUEST_PLACEHOLDERS,
  type RequestValues,
  requestTemplateProblem,
} from "../../src/request/request-template";

const VALUES: RequestValues = {
  url: "https://admin.microsoft.com/Adminportal/Home#/billoverview",
  page: "Bills & payments",
  portal: "m365-admin",
  tenant: "contoso.onmicrosoft.com",
  verdict: "partner",
  rule: "m365.billing.bills",
  lang: "en",
};

describe("fillRequestTemplate", () => {
  it.each(REQUEST_PLACEHOLDERS)("fills {%s} percent-encoded in the query", (name) => {
    const href = fillRequestTemplate(`https://tickets.partner.example/new?x={${name}}`, VALUES);
    expect(href).toBe(`https://tickets.partner.example/new?x=${percentEncode(VALUES[name])}`);
    expect(new URL(href!).searchParams.get("x")).toBe(VALUES[name]);
  });

  it("fills a placeholder in the path as one segment", () => {
    const href = fillRequestTemplate("https://tickets.partner.example/{tenant}/{page}/new", VALUES);
    expect(href).toBe("https://tickets.partner.example/contoso.onmicrosoft.com/Bills%20%26%20payments/new");
  });

  it.each([
    ["spaces", "Bills and payments", "Bills%20and%20payments"],
    ["&, = and ?", "a&b=c?d", "a%26b%3Dc%3Fd"],
    ["# (never a fragment)", "#/billoverview", "%23%2Fbilloverview"],
    ["/ (never a new path segment)", "a/b", "a%2Fb"],
    ["! ' ( ) *", "it's (a)*!", "it%27s%20%28a%29%2A%21"],
    ["a non-Latin page name", "請求と支払い", "%E8%AB%8B%E6%B1%82%E3%81%A8%E6%94%AF%E6%89%95%E3%81%84"],
    ["a right-to-left page name", "الفواتير", "%D8%A7%D9%84%D9%81%D9%88%D8%A7%D8%AA%D9%8A%D8%B1"],
    ["Polish letters", "Rachunki i płatności", "Rachunki%20i%20p%C5%82atno%C5%9Bci"],
  ])("encodes %s", (_what, page, encoded) => {
    const href = fillRequestTemplate("https://tickets.partner.example/new?page={page}&t={tenant}", {
      ...VALUES,
      page,
    });
    expect(href).toBe(`https://tickets.partner.example/new?page=${encoded}&t=contoso.onmicrosoft.com`);
    const url = new URL(href!);
    expect(url.searchParams.get("page")).toBe(page);
    expect([...url.searchParams.keys()]).toEqual(["page", "t"]);
    expect(url.hash).toBe("");
  });

  it("leaves an unknown tenant empty", () => {
    expect(fillRequestTemplate("https://t.partner.example/?tenant={tenant}", { ...VALUES, tenant: "" })).toBe(
      "https://t.partner.example/?tenant=",
    );
  });

  it("fills the same placeholder twice", () => {
    expect(fillRequestTemplate("https://t.partner.example/{lang}?l={lang}", VALUES)).toBe(
      "https://t.partner.example/en?l=en",
    );
  });

  it("fills nothing in a refused template", () => {
    expect(fillRequestTemplate("https://{tenant}.partner.example/", VALUES)).toBeNull();
    expect(fillRequestTemplate("", VALUES)).toBeNull();
  });
});

describe("requestTemplateProblem", () => {
  it("accepts a template with every placeholder in the path and query", () => {
    const all = REQUEST_PLACEHOLDERS.map((name) => `${name}={${name}}`).join("&");
    expect(requestTemplateProblem(`https://tickets.partner.example/{portal}/new?${all}`)).toBeNull();
    expect(requestTemplateProblem("https://tickets.partner.example/new")).toBeNull();
  });

  it.each([
    [
      "http:",
      "http://tickets.partner.example/new?u={url}",
      "http: is not allowed; a ticket form is an https: address",
    ],
    [
      "javascript:",
      "javascript:alert({url})",
      "javascript: is not allowed; a ticket form is an https: address",
    ],
    [
      "mailto:",
      "mailto:help@partner.example?body={url}",
      "mailto: is not allowed; a ticket form is an https: address",
    ],
    ["no scheme", "tickets.partner.example/new", "is not an https: address"],
    [
      "an unknown placeholder",
      "https://tickets.partner.example/new?u={user}",
      "{user} is not a placeholder; use {url} {page} {portal} {tenant} {verdict} {rule} {lang}",
    ],
    [
      "a placeholder in another case",
      "https://tickets.partner.example/new?u={URL}",
      "{URL} is not a placeholder; use {url} {page} {portal} {tenant} {verdict} {rule} {lang}",
    ],
    [
      "a lone brace",
      "https://tickets.partner.example/new?u={url",
      "has a { or } that is not part of a placeholder",
    ],
    [
      "a placeholder in the host",
      "https://{tenant}.partner.example/new",
      "has a placeholder in the host; placeholders go in the path or the query",
    ],
    [
      "a placeholder as the whole host",
      "https://{url}",
      "has a placeholder in the host; placeholders go in the path or the query",
    ],
    [
      "a placeholder in the user name",
      "https://{tenant}@partner.example/",
      "has a placeholder in the host; placeholders go in the path or the query",
    ],
    [
      "a placeholder in the fragment",
      "https://tickets.partner.example/new#page={page}",
      "has a placeholder after #; placeholders go in the path or the query",
    ],
    [
      "a user name",
      "https://user:pw@tickets.partner.example/new",
      "has a user name; links with user names are refused",
    ],
    ["no public host", "https://localhost/new?u={url}", "has no public host name"],
  ])("refuses %s", (_what, template, reason) => {
    expect(requestTemplateProblem(template)).toBe(reason);
  });

  it(`refuses more than ${MAX_REQUEST_TEMPLATE_LENGTH} characters, and accepts exactly that many`, () => {
    const start = "https://tickets.partner.example/new?u={url}&pad=";
    const exact = start + "x".repeat(MAX_REQUEST_TEMPLATE_LENGTH - start.length);
    expect(requestTemplateProblem(exact)).toBeNull();
    expect(requestTemplateProblem(`${exact}x`)).toBe(
      `is ${MAX_REQUEST_TEMPLATE_LENGTH + 1} characters; a ticket form template has at most ${MAX_REQUEST_TEMPLATE_LENGTH}`,
    );
  });

  it("gives every reason on one line", () => {
    for (const template of [
      "http://a.example/",
      "https://{url}",
      "https://a.example/{x}",
      "x".repeat(3000),
    ]) {
      expect(requestTemplateProblem(template)).not.toMatch(/\n/);
    }
  });
});
