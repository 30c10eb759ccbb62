import { useState } from "preact/hooks";
import { Banner, type BannerProps } from "../src/banner/Banner";

export type PreviewBannerProps = Omit<BannerProps, "collapsed" | "onCollapsedChange" | "onDismiss">;

/**
 * The customer's banner, controls and all, so the preview has the same pixels: collapsing works as on
 * the page, and dismissing hides this preview only (the customer's dismissals are theirs).
 */
export function PreviewBanner(props: PreviewBannerProps) {
  const [collapsed, setCollapsed] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <Banner
      {...props}
      collapsed={collapsed}
      onCollapsedChange={setCollapsed}
      onDismiss={props.dismissUntil ? () => setDismissed(true) : undefined}
    />
  );
}
