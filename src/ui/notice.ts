// A one-line notice across the top of the page, for what the player should know but that must not stop the game:
// a link that names an unknown scenario, a save that could not be read. Plain DOM (text, never markup), with a
// close button and role="alert" so a screen reader says it once. It may carry actions (real buttons, so the
// keyboard reaches them with Tab): "Download the save", say; the notice closes once one has run, unless it says
// to stay (a download, with "Delete" still to come).
const NOTICE_ID = 'page-notice';
export const NOTICE_ACTION_ID = 'page-notice-action';

export interface NoticeAction {
  label: string;
  run: () => void;
  /** Leave the notice up after this action has run. */
  staysOpen?: boolean;
}

/** The first action's button is NOTICE_ACTION_ID, the next ones NOTICE_ACTION_ID-2, -3, … */
export function showNotice(line: string, actions: NoticeAction | readonly NoticeAction[] = []): void {
  document.getElementById(NOTICE_ID)?.remove();
  const notice = document.createElement('div');
  notice.id = NOTICE_ID;
  notice.setAttribute('role', 'alert');
  Object.assign(notice.style, {
    position: 'fixed',
    top: '12px',
    left: '50%',
    transform: 'translateX(-50%)',
    maxWidth: 'min(90vw, 900px)',
    padding: '10px 44px 10px 16px',
    background: '#2a1620',
    color: '#f3ead7',
    border: '1px solid #d9826f',
    borderRadius: '8px',
    font: '16px/1.4 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
    zIndex: '20',
    boxShadow: '0 6px 20px rgba(0, 0, 0, 0.45)',
  });
  const text = document.createElement('span');
  text.textContent = line;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Close this notice');
  Object.assign(close.style, {
    position: 'absolute',
    top: '4px',
    right: '6px',
    background: 'transparent',
    color: 'inherit',
    border: '0',
    font: 'bold 22px/1 sans-serif',
    cursor: 'pointer',
    padding: '6px 8px',
  });
  close.addEventListener('click', () => notice.remove());
  notice.append(text);
  const list: readonly NoticeAction[] = Array.isArray(actions) ? actions : [actions as NoticeAction];
  list.forEach((action, index) => {
    const id = index === 0 ? NOTICE_ACTION_ID : `${NOTICE_ACTION_ID}-${index + 1}`;
    notice.append(actionButton(action, id, () => notice.remove()));
  });
  notice.append(close);
  document.body.append(notice);
}

function actionButton(action: NoticeAction, id: string, done: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.id = id;
  button.textContent = action.label;
  Object.assign(button.style, {
    marginLeft: '12px',
    padding: '4px 12px',
    background: '#d9b466',
    color: '#1b2333',
    border: '1px solid #9c7a35',
    borderRadius: '6px',
    font: 'bold 15px/1.4 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
    cursor: 'pointer',
  });
  button.addEventListener('click', () => {
    action.run();
    if (!action.staysOpen) done();
  });
  return button;
}

/** The notice's line, or null when none is up (read by browser tests). */
export function currentNotice(): string | null {
  return document.getElementById(NOTICE_ID)?.querySelector('span')?.textContent ?? null;
}
