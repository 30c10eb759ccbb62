import type { Verdict } from "../verdict";

/** Verdicts that show a banner. */
export type BannerVerdict = Exclude<Verdict, "none">;

export interface PartnerDetails {
  /** Empty string: not configured. */
  name: string;
  email: string;
  phone: string;
  website: string;
  supportUrl: string;
}

export interface Settings {
  enabled: boolean;
  partner: PartnerDetails;
  /** verdict → locale (e.g. "en", "pl") → text that replaces the built-in banner body. */
  customMessages: Partial<Record<BannerVerdict, Record<string, string>>>;
  disabledVerdicts: BannerVerdict[];
  disabledHosts: string[];
  /** Empty string: follow the browser's UI language. */
  locale: string;
  dismissDays: number;
  allowUserDisable: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  partner: { name: "", email: "", phone: "", website: "", supportUrl: "" },
  customMessages: {},
  disabledVerdicts: [],
  disabledHosts: [],
  locale: "",
  dismissDays: 30,
  allowUserDisable: true,
};
