/**
 * The agent strip's look, inside the banner's shadow root. Dark and dashed-edged on purpose: nothing a
 * customer sees looks like it, so a screenshot an agent takes cannot pass it off as the customer's view.
 */
export const AGENT_STRIP_STYLES = `
.agent-strip { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; font: 13px/18px "Segoe UI", system-ui, sans-serif; padding: 6px 16px; color: #ffffff; background: #292929; border-top: 2px dashed #ffb900; }
.agent-strip__label { font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: #ffb900; }
.agent-strip__text { overflow-wrap: anywhere; }
`;
