import type { Verdict } from "../verdict";

export interface BadgeLook {
  /** Message key of the badge text: at most four characters in every locale. */
  textKey: string;
  /** Message key of the verdict in a few words, for the toolbar tooltip and the popup heading. */
  titleKey: string;
  /** Background; white text on it meets WCAG AA contrast (4.5:1). */
  color: string;
}

const LOOKS: Record<Exclude<Verdict, "none">, BadgeLook> = {
  partner: { textKey: "popup_badge_partner", titleKey: "verdictTitle_partner", color: "#c43e1c" },
  "self-serve": { textKey: "popup_badge_selfServe", titleKey: "verdictTitle_selfServe", color: "#107c10" },
  info: { textKey: "popup_badge_info", titleKey: "verdictTitle_info", color: "#0f6cbd" },
  support: { textKey: "popup_badge_support", titleKey: "verdictTitle_support", color: "#5c2e91" },
};

export const BADGE_TEXT_COLOR = "#ffffff";

/** The toolbar badge for a verdict; `none` has none, so unknown pages stay quiet. */
export function badgeLookFor(verdict: Verdict): BadgeLook | null {
  return verdict === "none" ? null : LOOKS[verdict];
}
