/**
 * Live preview for content editors (`npm run dev:content` only; never in a build): shows the
 * content check's errors and warnings in a panel on the page. The page reloads when a
 * content file is saved, so the panel always shows the check of the saved files.
 */
import report from 'virtual:content-preview';

const panel = document.createElement('section');
panel.className = 'app-content-preview';
panel.setAttribute('aria-labelledby', 'content-preview-heading');
// The panel scrolls when the list is long; focusable, so a keyboard can scroll it too.
panel.tabIndex = 0;
// Inline styles: this panel exists only in the preview, so it stays out of the app's CSS.
panel.style.cssText = `position: sticky; bottom: 0; max-height: 40vh; overflow: auto;
  padding: 0.5rem 1rem; background: #fffbe6; color: #1a1a1a; font: 14px/1.4 monospace;
  border-top: 4px solid ${report.errors.length > 0 ? '#b00020' : '#8a6d00'};`;

const heading = document.createElement('h2');
heading.id = 'content-preview-heading';
heading.textContent =
  report.errors.length > 0
    ? `Content check: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`
    : `Content check: no errors, ${report.warnings.length} warning(s)`;
panel.append(heading);

if (report.overlayRefused) {
  const note = document.createElement('p');
  note.textContent = 'The overlay is refused; the page shows the national content.';
  panel.append(note);
} else if (report.errors.length > 0) {
  const note = document.createElement('p');
  note.textContent = 'The page shows the last content without errors.';
  panel.append(note);
}

for (const [kind, lines] of [
  ['error', report.errors],
  ['warning', report.warnings],
] as const) {
  if (lines.length === 0) continue;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.className = `app-content-preview-${kind}`;
    item.textContent = `${kind}: ${line}`;
    list.append(item);
  }
  panel.append(list);
}

document.body.append(panel);
