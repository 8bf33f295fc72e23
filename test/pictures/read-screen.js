// readScreen: runs inside the browser page (plain JS: the repository's TypeScript has no DOM types). Shows `body`,
// waits for the web components to render, then reads what a user sees through shadow DOM and slots.

/** @param {string} body @returns {Promise<{ text: string, buttons: string[], clipped: string[] }>} */
export async function readScreen(body) {
  document.body.innerHTML = body;
  const settle = () => Promise.all([...document.querySelectorAll('*')].map((e) => e.updateComplete));
  await settle();
  await settle();
  const parts = [];
  const buttons = [];
  const clipped = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      const style = getComputedStyle(node);
      // Slots and other display:contents elements have no box of their own: their children decide.
      const boxless = style.display === 'contents';
      if (!boxless && !node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return;
      const hides =
        /hidden|clip/.test(style.overflowX + style.overflowY) || style.textOverflow === 'ellipsis';
      if (hides && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)) {
        const text = node.textContent?.trim();
        if (text) clipped.push(text.slice(0, 200));
      }
      if (node.hasAttribute('data-button')) buttons.push((node.textContent ?? '').trim());
      parts.push(' ');
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        for (const child of assigned.length ? assigned : [...node.childNodes]) walk(child);
        return;
      }
      if (node.shadowRoot) {
        walk(node.shadowRoot);
        return;
      }
    }
    for (const child of node.childNodes) walk(child);
    if (node instanceof Element) parts.push(' ');
  };
  walk(document.body);
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), buttons, clipped };
}
