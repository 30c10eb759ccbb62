import { type ContactLink, partnerContactLinks } from "../src/banner/partner-contacts";
import type { Translate } from "../src/i18n/translate";
import type { PartnerDetails } from "../src/settings/settings";

const LABEL_KEY: Record<ContactLink["kind"], string> = {
  email: "contactEmail",
  phone: "contactPhone",
  website: "contactWebsite",
  support: "contactSupport",
};

export function PartnerSection({ partner, t }: { partner: PartnerDetails; t: Translate }) {
  const links = partnerContactLinks(partner);
  return (
    <section class="card" aria-labelledby="partner">
      <h2 id="partner">{t("popup_partnerContacts")}</h2>
      {partner.name && <p class="partner-name">{partner.name}</p>}
      {links.length === 0 ? (
        <p class="note">{t("popup_noPartnerContacts")}</p>
      ) : (
        <dl class="facts">
          {links.map((link) => (
            <>
              <dt key={`${link.kind}-label`}>{t(LABEL_KEY[link.kind])}</dt>
              <dd key={link.kind}>
                <a href={link.href} target="_blank" rel="noopener noreferrer">
                  {link.text}
                </a>
              </dd>
            </>
          ))}
        </dl>
      )}
    </section>
  );
}
