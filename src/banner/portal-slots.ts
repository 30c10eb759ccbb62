/**
 * What the banner's placement knows of each portal's markup, as selectors. Sources are cited in the
 * replicas built like the real shells (test/fixtures/shells/*.html) and in docs/placement.md.
 */
export interface PortalSlot {
  /** The portal's topbar: the overlay goes below it. */
  readonly topbar: string;
  /** The banner goes right before this element, in its parent… */
  readonly before?: string;
  /**
   * …or right after this element, taken at its outermost wrapper: while the parent holds nothing else,
   * the parent stands for it.
   */
  readonly after?: string;
}

export const PORTAL_SLOTS: readonly PortalSlot[] = [
  // Azure portal: #web-container.fxs-portal holds .fxs-topbar, .fxs-portal-tip and .fxs-portal-main.
  { topbar: ".fxs-portal > .fxs-topbar", before: ".fxs-portal > .fxs-portal-main" },
  // Microsoft 365 admin center: the Office suite header.
  { topbar: "#O365_NavHeader", after: "#O365_NavHeader" },
];

/** A topbar of a page whose markup is not known: a banner landmark or a header (taken if at the very top). */
export const GENERIC_TOPBAR = "[role=banner], header";

/**
 * What may cover the banner for a while without saying anything of the layout: the Azure portal's splash
 * screen, Fluent UI's popup layers, dialogs. The placement is checked again when it goes.
 */
export const TRANSIENT_COVERS =
  ".fxs-splashscreen, .ms-Layer, [role=dialog], [aria-modal=true], dialog[open]";

/** What the user acts on: none of it may leave the viewport for the banner, nor lie under its overlay. */
export const PORTAL_CONTROLS =
  "a[href], button, input, select, textarea, iframe, summary, [role=button], [role=link], [role=menuitem], [role=tab], [tabindex]:not([tabindex='-1'])";
