export const BANNER_STYLES = `
:host { all: initial; display: block; }
:host([hidden]) { display: none; }
.banner { font: 14px/20px "Segoe UI", system-ui, sans-serif; padding: 8px 16px; color: #242424; background: #ebf3fc; border-bottom: 1px solid #b4d6fa; }
.banner--partner { background: #fff4ce; border-color: #f7e28b; }
.banner__body { margin: 0; }
`;
