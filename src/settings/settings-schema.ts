import { PORTAL_HOST_NAMES } from "../catalog/hosts";
import { VERDICTS } from "../verdict";
import type { FromSchema, ObjectNode } from "./schema-types";

/**
 * The one source of truth for every setting: the keys a partner sets by enterprise policy
 * (`storage.managed`) and a user in the options page (`storage.sync`), their types and their limits.
 * public/managed_schema.json is generated from it (tools/policy/write-managed-schema.ts), the runtime
 * validator walks it (validate-settings.ts) and the TypeScript types are derived from it (below).
 *
 * Keys are flat where they can be: Chrome drops a whole policy key when anything inside it has the
 * wrong type, so one mistyped phone number must not take the partner's name and e-mail with it.
 */

export const BANNER_VERDICTS = ["partner", "self-serve", "info", "support"] as const;

/** The content script's hosts, from the one list (src/catalog/hosts.ts). */
export const PORTAL_HOSTS = PORTAL_HOST_NAMES;

/** Languages the extension ships (public/_locales); a test keeps them in step. */
export const UI_LOCALES = ["en", "de", "es", "fr", "ja", "pl"] as const;

const LOCALE_KEY = "^[a-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,2}$";
const LOCALE_KEY_MEANS = 'a language tag like "en", "pl" or "pt-BR"';

const localisedText = (description: string, maxLength: number) =>
  ({
    type: "object",
    description,
    additionalProperties: { type: "string", maxLength },
    keyPattern: LOCALE_KEY,
    keyPatternMeans: LOCALE_KEY_MEANS,
    maxProperties: 40,
  }) as const;

const MESSAGE_LENGTH = 500;

export const SETTINGS_SCHEMA = {
  type: "object",
  properties: {
    partnerName: {
      type: "string",
      title: "Partner name",
      description: "Your company's name as the banner shows it, e.g. Contoso IT Services.",
      maxLength: 100,
    },
    partnerEmail: {
      type: "string",
      title: "Partner e-mail",
      description: "E-mail address customers write to for purchases, cancellations and billing.",
      maxLength: 254,
      check: "email",
    },
    partnerPhone: {
      type: "string",
      title: "Partner phone",
      description: "Phone number customers call, e.g. +48 22 123 45 67.",
      maxLength: 40,
      check: "phone",
    },
    partnerWebsite: {
      type: "string",
      title: "Partner website",
      description: "https: address of your website.",
      maxLength: 2048,
      check: "https-url",
    },
    partnerSupportUrl: {
      type: "string",
      title: "Partner support portal",
      description: "https: address of your support portal or ticket form (or a mailto: address).",
      maxLength: 2048,
      check: "support-url",
    },
    partnerRequestUrl: {
      type: "string",
      title: "Partner ticket form",
      description:
        "https: address of your ticket form, with any of {url} {page} {portal} {tenant} {verdict} {rule} {lang} " +
        "in its path or query; set, the banner's request opens it instead of an e-mail.",
      maxLength: 2000,
      check: "request-url",
    },
    customerTenant: {
      type: "string",
      title: "Customer tenant",
      description:
        "This customer's tenant domain or tenant id: named in requests when the page's address names none.",
      maxLength: 253,
      check: "customer-tenant",
    },
    customMessages: {
      type: "object",
      title: "Custom messages",
      description:
        'Replaces the banner text of a verdict: verdict → language → text, e.g. {"partner": {"en": "…"}}.',
      properties: {
        partner: localisedText("Text of the partner banner, per language.", MESSAGE_LENGTH),
        "self-serve": localisedText("Text of the self-serve banner, per language.", MESSAGE_LENGTH),
        info: localisedText("Text of the info banner, per language.", MESSAGE_LENGTH),
        support: localisedText("Text of the support banner, per language.", MESSAGE_LENGTH),
      },
    },
    disabledVerdicts: {
      type: "array",
      title: "Verdicts turned off",
      description: "Banners not to show: any of partner, self-serve, info, support.",
      items: { type: "string", enum: BANNER_VERDICTS, maxLength: 20 },
      maxItems: BANNER_VERDICTS.length,
    },
    disabledHosts: {
      type: "array",
      title: "Portals turned off",
      description: `Portal hosts where the extension shows nothing: any of ${PORTAL_HOSTS.join(", ")}.`,
      items: { type: "string", enum: PORTAL_HOSTS, maxLength: 100 },
      maxItems: PORTAL_HOSTS.length,
    },
    locale: {
      type: "string",
      title: "Language",
      description: `Language of the banner and pages: ${UI_LOCALES.join(", ")}; empty follows the browser.`,
      enum: ["", ...UI_LOCALES],
      maxLength: 10,
    },
    dismissDays: {
      type: "integer",
      title: "Dismissal period",
      description: "Days a dismissed banner stays hidden on that page; 0 turns dismissing off.",
      minimum: 0,
      maximum: 365,
    },
    enabled: {
      type: "boolean",
      title: "Enabled",
      description:
        "Show banners at all. Set by policy, the user cannot change it; unset, users may unless allowUserDisable is false.",
    },
    allowUserDisable: {
      type: "boolean",
      title: "Users may turn the extension off",
      description:
        "false: the user cannot turn the banners off: not the extension, a verdict or a portal, nor by a custom rule of their own.",
    },
    customRules: {
      type: "array",
      title: "Custom rules",
      description:
        "Your own page rules, used before the built-in catalog: {id, portal?, pattern, verdict, message?}. " +
        "pattern is a route glob (see `npm run explain`), message is language → text.",
      maxItems: 200,
      uniqueBy: "id",
      items: {
        type: "object",
        required: ["id", "pattern", "verdict"],
        check: "custom-rule",
        properties: {
          id: {
            type: "string",
            description: "Your name for the rule, shown as data-rule on the banner.",
            pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$",
            patternMeans: "1 to 80 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
            maxLength: 80,
          },
          portal: {
            type: "string",
            description: "m365-admin or azure-portal; leave out for both.",
            enum: ["m365-admin", "azure-portal"],
            maxLength: 20,
          },
          pattern: {
            type: "string",
            description: "Route glob, e.g. billing/** or view/microsoft_azure_billing/*.",
            maxLength: 256,
          },
          verdict: {
            type: "string",
            description: "partner, self-serve, info, support, or none to show nothing.",
            enum: VERDICTS,
            maxLength: 20,
          },
          message: localisedText("Banner text on the matching pages, per language.", MESSAGE_LENGTH),
        },
      },
    },
    agentMode: {
      type: "boolean",
      title: "Agent mode",
      description: "For the partner's helpdesk: show what the customer sees, with agent details.",
    },
    partnerTenants: {
      type: "array",
      title: "Partner's own tenants",
      description: "The partner's own tenant domains or ids (agent mode tells them from customers' tenants).",
      maxItems: 100,
      items: { type: "string", maxLength: 253, check: "tenant" },
    },
  },
} as const satisfies ObjectNode;

export type SettingKey = keyof typeof SETTINGS_SCHEMA.properties;

/** Every key the schema has, in schema order. */
export const SETTING_KEYS = Object.keys(SETTINGS_SCHEMA.properties) as SettingKey[];

/** What storage holds (policy or options): any subset of the keys, each with its schema's type. */
export type SettingValues = FromSchema<typeof SETTINGS_SCHEMA>;

export type SettingValue<K extends SettingKey> = NonNullable<SettingValues[K]>;

export type CustomRuleSetting = SettingValue<"customRules">[number];

/** Keys that mean something only when an organisation sets them: a user's own value is ignored. */
export const POLICY_ONLY_KEYS: ReadonlySet<SettingKey> = new Set<SettingKey>(["allowUserDisable"]);
