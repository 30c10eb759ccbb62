import type { ComponentChildren } from "preact";
import { formatDay } from "../i18n/format-day";
import { textDirection } from "../i18n/language";
import type { Translate } from "../i18n/translate";
import { pageRequest, type RequestPage } from "../request/request-href";
import type { BannerVerdict, Settings } from "../settings/settings";
import {
  CONTACT_MESSAGES,
  customTextFor,
  microsoftSupportUrl,
  partnerRelationshipsUrl,
  VERDICT_MESSAGES,
  WHY_URL,
} from "./banner-text";
import { partnerContactLinks } from "./partner-contacts";
import type { BannerTheme } from "./portal-theme";

export interface BannerProps {
  verdict: BannerVerdict;
  /** The rule that gave the verdict (`data-rule`): a custom rule's own message applies to it. */
  rule: string;
  settings: Settings;
  t: Translate;
  /** Language of the text `t` returns (its messages.json); by default `t("messagesLanguage")`. */
  language?: string;
  /**
   * The reader's language (a forced locale, else the browser's UI language): it picks the partner's
   * custom text and sets the layout direction. By default the same as `language`.
   */
  readerLanguage?: string;
  theme?: BannerTheme;
  /** Host of the portal page: which admin center the "Partner relationships" link opens. */
  portalHost?: string;
  /**
   * The page as the customer sees it (its URL, and the portal and tenant read from it): with it,
   * partner and support banners offer "Ask <partner> to do this" (src/request/), which opens an
   * e-mail or the partner's ticket form about this page.
   */
  page?: RequestPage;
  collapsed?: boolean;
  /** Without it, the banner has no collapse control (a static preview). */
  onCollapsedChange?(collapsed: boolean): void;
  /** When a dismissal made now would end; with `onDismiss`, the banner offers dismissing. */
  dismissUntil?: Date | null;
  /** Writes that day in the text's language; by default `formatDay` (Intl). */
  writeDay?(date: Date, language: string): string;
  onDismiss?(): void;
}

// Private-use character: marks where a placeholder goes in a translated sentence, so that what goes
// there can be an element: the partner's name in <bdi> (a right-to-left name cannot reorder the
// sentence around it), a link.
const MARK = "\uE000";

const ICON_PATHS: Record<BannerVerdict | "collapse" | "expand" | "dismiss", string> = {
  partner: "M10 5.8a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM6.4 14.4c.6-1.8 2-2.8 3.6-2.8s3 1 3.6 2.8",
  "self-serve": "M6.5 10.2l2.3 2.3 4.7-4.9",
  info: "M10 9v5M10 6.3v.1",
  support: "M7.8 7.9a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 .8-1 1.5v.4M10 14.2v.1",
  collapse: "M5.5 12.5l4.5-4.5 4.5 4.5",
  expand: "M5.5 8l4.5 4.5 4.5-4.5",
  dismiss: "M5.5 5.5l9 9M14.5 5.5l-9 9",
};

function Icon({ name, ring, accent }: { name: keyof typeof ICON_PATHS; ring?: boolean; accent?: string }) {
  return (
    <svg class={accent ? `icon ${accent}` : "icon"} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {ring && <circle cx="10" cy="10" r="8.25" />}
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

/**
 * A translated sentence with its one placeholder rendered as `node` where the translation put it;
 * plain text if a translation lost the placeholder or repeated it.
 */
function sentence(t: Translate, key: string, value: string, node: ComponentChildren): ComponentChildren {
  const [before, after, ...rest] = t(key, [MARK]).split(MARK);
  if (after === undefined || rest.length > 0) return t(key, [value]);
  return [before, node, after];
}

/** The partner's configured name stands out; the generic "your … partner" reads as plain text. */
function withName(t: Translate, key: string, name: string, configured: boolean): ComponentChildren {
  return sentence(t, key, name, <bdi class={configured ? "banner__name" : undefined}>{name}</bdi>);
}

/**
 * The guidance for one portal page: a landmark region with the verdict's title and text, the
 * partner's contacts, a "Why?" link to Microsoft's own statement, and controls to collapse it to a
 * pill or hide it on this page for a while. Pure: props in, callbacks out; the content script and the
 * popup's "Preview as customer" render this same component with the same styles.
 */
export function Banner(props: BannerProps) {
  const { verdict, rule, settings, t, collapsed = false, onCollapsedChange, onDismiss } = props;
  const language = props.language ?? t("messagesLanguage");
  const readerLanguage = props.readerLanguage ?? language;
  const partnerName = settings.partner.name.trim();
  const keys = VERDICT_MESSAGES[verdict];
  const textDir = textDirection(language);
  const region = {
    class: `banner${collapsed ? " banner--collapsed" : ""}`,
    "aria-label": t("bannerRegionLabel"),
    "data-tone": verdict,
    "data-theme": props.theme ?? "auto",
    lang: language,
    dir: textDirection(readerLanguage),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Escape" && !collapsed && onCollapsedChange) {
        event.stopPropagation();
        onCollapsedChange(true);
      }
    },
  };

  if (collapsed) {
    const title =
      verdict === "partner" && partnerName
        ? withName(t, "verdictTitle_partnerNamed", partnerName, true)
        : t(keys.title);
    return (
      <section {...region}>
        <button type="button" class="pill" aria-expanded="false" onClick={() => onCollapsedChange?.(false)}>
          <Icon name={verdict} ring accent="pill__icon" />
          <span dir={textDir}>{title}</span>
          <span class="visually-hidden"> {t("expandBanner")}</span>
          <Icon name="expand" />
        </button>
      </section>
    );
  }

  const partner = partnerName || t("genericPartnerName");
  const custom = customTextFor(settings, verdict, rule, readerLanguage);
  const contacts =
    verdict === "partner" || verdict === "support" ? partnerContactLinks(settings.partner) : [];
  const onAdminCenter = props.portalHost?.startsWith("admin.") ?? false;
  const writeDay = props.writeDay ?? formatDay;
  const dismissLabel =
    onDismiss && props.dismissUntil ? t("dismissBanner", [writeDay(props.dismissUntil, language)]) : null;

  const request = props.page
    ? pageRequest({
        page: props.page,
        verdict,
        rule,
        settings: {
          partnerEmail: settings.partner.email,
          partnerRequestUrl: settings.partner.requestUrl,
          customerTenant: settings.customerTenant,
        },
        t,
        language,
      })
    : null;
  const requestControl = request && (
    <a
      class="button button--primary"
      data-action="request"
      dir={textDir}
      href={request.href}
      target={request.channel === "ticket" ? "_blank" : undefined}
      rel="noopener noreferrer"
    >
      {/* One flex item: in an inline-flex button, the spaces around the name would be dropped. */}
      <span>
        {partnerName ? withName(t, "requestAction", partnerName, false) : t("requestActionGeneric")}
      </span>
      <span class="visually-hidden"> {t(`requestDetail_${request.channel}`)}</span>
    </a>
  );

  const customDir = custom ? textDirection(custom.language) : textDir;
  const body = custom ? custom.text : withName(t, keys.body, partner, partnerName !== "");

  return (
    <section {...region}>
      <div class="banner__main">
        <div class="banner__message">
          <span class="banner__icon">
            <Icon name={verdict} ring />
          </span>
          <div class="banner__text" dir={textDir}>
            {customDir === textDir ? (
              <p>
                <strong class="banner__title">{t(keys.title)}</strong>{" "}
                <span class="banner__body" lang={custom?.language}>
                  {body}
                </span>
              </p>
            ) : (
              // A text in the other direction reads as a paragraph of its own, not a run inside ours.
              <>
                <p>
                  <strong class="banner__title">{t(keys.title)}</strong>
                </p>
                <p class="banner__body" lang={custom?.language} dir={customDir}>
                  {body}
                </p>
              </>
            )}
            {verdict === "partner" && !partnerName && (
              <p class="banner__hint">
                {sentence(
                  t,
                  "partnerListedAt",
                  t("partnerListedAtPlace"),
                  <a
                    href={partnerRelationshipsUrl(props.portalHost ?? "")}
                    target={onAdminCenter ? undefined : "_blank"}
                    rel="noopener noreferrer"
                  >
                    {t("partnerListedAtPlace")}
                  </a>,
                )}
              </p>
            )}
          </div>
        </div>
        <div class="banner__actions">
          {verdict === "partner" && requestControl}
          {verdict === "support" && (
            <a
              class="button"
              data-action="microsoft-support"
              dir={textDir}
              href={microsoftSupportUrl(props.portalHost ?? "")}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t("microsoftSupportLink")}
              <span class="visually-hidden"> {t("microsoftSupportLinkDetail")}</span>
            </a>
          )}
          {verdict === "support" && requestControl}
          {contacts.map((contact) => (
            <a
              class="button"
              key={contact.kind}
              dir={textDir}
              href={contact.href}
              target={contact.kind === "website" || contact.kind === "support" ? "_blank" : undefined}
              rel="noopener noreferrer"
            >
              {contact.kind === "email" || contact.kind === "phone" ? (
                <>
                  <span class="visually-hidden">{t(CONTACT_MESSAGES[contact.kind])} </span>
                  <bdi>{contact.text}</bdi>
                </>
              ) : (
                t(CONTACT_MESSAGES[contact.kind])
              )}
            </a>
          ))}
          <a class="banner__why" dir={textDir} href={WHY_URL} target="_blank" rel="noopener noreferrer">
            {t("whyLink")}
            <span class="visually-hidden"> {t("whyLinkDetail")}</span>
          </a>
        </div>
      </div>
      <div class="banner__controls">
        {onCollapsedChange && (
          <button
            type="button"
            class="icon-button"
            aria-expanded="true"
            aria-label={t("collapseBanner")}
            title={t("collapseBanner")}
            onClick={() => onCollapsedChange(true)}
          >
            <Icon name="collapse" />
          </button>
        )}
        {dismissLabel && (
          <button
            type="button"
            class="icon-button"
            aria-label={dismissLabel}
            title={dismissLabel}
            onClick={() => onDismiss?.()}
          >
            <Icon name="dismiss" />
          </button>
        )}
      </div>
    </section>
  );
}
