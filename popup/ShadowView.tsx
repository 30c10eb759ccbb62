import { type ComponentChildren, render } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

export interface ShadowViewProps {
  /** The same style sheet the content script puts in the portal's shadow root. */
  styles: string;
  children: ComponentChildren;
}

/**
 * Renders its children inside a shadow root of their own, as the content script does in the portal:
 * the popup's styles cannot reach them and theirs cannot reach the popup, so the preview is the same
 * component with the same style sheet in the same kind of box — the same pixels the customer gets.
 */
export function ShadowView({ styles, children }: ShadowViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const mountRef = useRef<HTMLDivElement | null>(null);

  useLayoutEffect(() => {
    const host = hostRef.current!;
    const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = styles;
    const mount = document.createElement("div");
    root.replaceChildren(style, mount);
    mountRef.current = mount;
    return () => {
      render(null, mount);
      mountRef.current = null;
    };
  }, [styles]);

  useLayoutEffect(() => {
    if (mountRef.current) render(children, mountRef.current);
  });

  return <div ref={hostRef} class="shadow-view" />;
}
