// Opens a generated HTML document (a role brief, a debrief report) for printing. The only browser code of the
// printable pages: the documents themselves are built by pure functions (roleBriefPage.ts, debriefReportPage.ts).
// A Blob URL keeps the document off the server and out of the game's own page; a new window lets the teacher look
// at it before printing. When a popup blocker refuses the window, a hidden iframe prints it instead.

/** How long the document's Blob URL lives: long enough to print, or to save as PDF from the window. */
const URL_LIFETIME_MS = 5 * 60_000;
/** A new window first shows about:blank; wait (briefly) until it shows our document before printing. */
const READY_POLL_MS = 100;
const READY_POLL_LIMIT = 100;

export type PrintTarget = 'window' | 'iframe';

export function openPrintableDocument(html: string, title: string): PrintTarget {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  const opened = window.open(url, '_blank');
  if (opened) {
    printWhenLoaded(opened, url, title);
    return 'window';
  }
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.setAttribute('aria-hidden', 'true');
  // Off-screen rather than display:none, which some browsers refuse to print.
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), URL_LIFETIME_MS);
  });
  frame.src = url;
  document.body.append(frame);
  return 'iframe';
}

function printWhenLoaded(target: Window, url: string, title: string, attempt = 0): void {
  if (target.closed || attempt > READY_POLL_LIMIT) return;
  let ready = false;
  try {
    ready = target.location.href === url && target.document.readyState === 'complete';
  } catch {
    // Not readable yet (still navigating): try again shortly.
  }
  if (!ready) {
    setTimeout(() => printWhenLoaded(target, url, title, attempt + 1), READY_POLL_MS);
    return;
  }
  if (!target.document.title) target.document.title = title;
  target.focus();
  target.print();
}
