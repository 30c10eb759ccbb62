import { PORTALS } from "../src/catalog/portals";
import type { Translate } from "../src/i18n/translate";

export function NotAPortalSection({ t }: { t: Translate }) {
  return (
    <section class="card" aria-labelledby="not-portal" data-not-portal="">
      <h2 id="not-portal">{t("popup_notPortalTitle")}</h2>
      <p>{t("popup_notPortalBody")}</p>
      <h3>{t("popup_supportedPortals")}</h3>
      <ul class="portals">
        {PORTALS.map((portal) => (
          <li key={portal.id}>
            {portal.name}
            <ul>
              {portal.hosts.map((host) => (
                <li key={host}>
                  <code>{host}</code>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
