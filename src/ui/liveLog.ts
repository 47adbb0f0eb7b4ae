// A screen reader's view of the summit: a visually hidden DOM log with aria-live="polite", so news, answers and
// what the AI parties did are read out as they happen. The canvas cannot speak; this list can.
const LOG_ID = 'summit-live-log';
/** Enough for a reader to catch up on a round; older lines are dropped so the page never grows without end. */
const MAX_LINES = 60;

function liveLogElement(): HTMLElement {
  const existing = document.getElementById(LOG_ID);
  if (existing) return existing;
  const log = document.createElement('div');
  log.id = LOG_ID;
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', 'What happens at the summit');
  // Hidden from the eye, not from assistive technology (display:none would silence it).
  Object.assign(log.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  document.body.append(log);
  return log;
}

/** Appends lines to the log. Scenario text goes in as textContent, never as markup. */
export function announce(lines: readonly string[]): void {
  if (lines.length === 0) return;
  const log = liveLogElement();
  for (const line of lines) {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    log.append(paragraph);
  }
  while (log.childElementCount > MAX_LINES) log.firstElementChild?.remove();
}

/** Empties the log when a new game begins, so a reader does not hear the last game's lines. */
export function clearAnnouncements(): void {
  liveLogElement().replaceChildren();
}
