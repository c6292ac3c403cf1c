// Keyboard hints only where there is a keyboard: a fine pointer that hovers (CSS), or once a key has been pressed outside a text field.

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * Marks the page as keyboard-driven on the first key press outside a text field (a phone's on-screen keyboard only
 * types into fields, so it never shows the hints); `.keys-only` elements are shown from then on.
 */
export function watchForKeyboard(): () => void {
  const onKey = (event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(TYPING) || event.key === 'Unidentified') return;
    document.documentElement.dataset.keyboard = 'true';
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
