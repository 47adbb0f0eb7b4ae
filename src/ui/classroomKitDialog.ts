// The Classroom kit's one question before anything prints: which seed the class plays. A small HTML dialog over
// the title (a real text field, so any keyboard, phone or screen reader can type the teacher's own seed, e.g.
// `class-4b`), proposing the seed kept in this browser or a fresh one, which it keeps from then on. Both printouts
// use the seed in the field: the kit (links, teacher code, lesson plan) and the class set of role briefs. Keys typed
// here stay here: they never reach the game's own shortcuts behind the dialog.
import type { Scenario } from '../scenario/schema/scenario';
import { buildClassroomKit, classSetBriefs, isClassSeed } from '../store';
import { classroomKitDocument, classSetDocument } from './classroomKitPage';
import { rememberClassSeed, rememberedClassSeed } from './classSeedMemory';
import { openPrintableDocument } from './printableDocument';
import { teacherAppendixDocument } from './roleBriefPage';

export const KIT_DIALOG_ID = 'classroom-kit-dialog';
export const KIT_SEED_INPUT_ID = 'classroom-kit-seed';
const TITLE_ID = 'classroom-kit-dialog-title';

const PANEL_STYLE = {
  position: 'fixed',
  top: '50%',
  left: '50%',
  transform: 'translate(-50%, -50%)',
  width: 'min(92vw, 640px)',
  boxSizing: 'border-box',
  padding: '24px 28px',
  background: '#0c1a33',
  color: '#f3ead7',
  border: '2px solid #d8b45a',
  borderRadius: '14px',
  font: '18px/1.45 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  boxShadow: '0 12px 40px rgba(0, 0, 0, 0.6)',
  zIndex: '30',
} as const;

const BUTTON_STYLE = {
  font: 'bold 17px "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  padding: '10px 16px',
  margin: '6px 10px 0 0',
  borderRadius: '8px',
  border: '1.5px solid #3a4a66',
  background: '#1c2b47',
  color: '#f3ead7',
  cursor: 'pointer',
} as const;

export function isClassroomKitDialogOpen(): boolean {
  return document.getElementById(KIT_DIALOG_ID) !== null;
}

/** `proposeSeed` gives a fresh seed when this browser keeps none yet. */
export function openClassroomKitDialog(scenario: Scenario, proposeSeed: () => string): void {
  if (isClassroomKitDialogOpen()) return;
  const seed = rememberedClassSeed() ?? proposeSeed();
  rememberClassSeed(seed);
  const shade = element('div', { position: 'fixed', inset: '0', background: 'rgba(0, 0, 0, 0.6)', zIndex: '29' });
  shade.id = KIT_DIALOG_ID;
  // Focusable, so a click beside the panel keeps the keys in the dialog rather than handing them to the game.
  shade.tabIndex = -1;
  const panel = element('div', PANEL_STYLE);
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-labelledby', TITLE_ID);
  const form = document.createElement('form');
  const heading = element('h2', { font: 'bold 26px Georgia, "Times New Roman", serif', margin: '0 0 8px' });
  heading.id = TITLE_ID;
  heading.textContent = `Classroom kit: ${scenario.title}`;
  const lead = element('p', { margin: '0 0 14px', color: '#c9c0ad' });
  lead.textContent =
    'One seed for the whole class: every link, brief and teacher code of this kit uses it. It stays in this browser until you change it.';
  const label = element('label', { display: 'block', fontWeight: 'bold', marginBottom: '6px' });
  label.htmlFor = KIT_SEED_INPUT_ID;
  label.textContent = 'Class seed (letters, digits, . _ -)';
  const input = element('input', {
    font: '22px "DejaVu Sans Mono", Consolas, monospace',
    width: '100%',
    boxSizing: 'border-box',
    padding: '8px 12px',
    borderRadius: '8px',
    border: '2px solid #d8b45a',
    background: '#16253f',
    color: '#f3ead7',
  });
  input.id = KIT_SEED_INPUT_ID;
  input.value = seed;
  input.maxLength = 40;
  input.autocomplete = 'off';
  input.spellcheck = false;
  const problem = element('p', { color: '#f0a08f', minHeight: '1.45em', margin: '6px 0' });
  problem.setAttribute('role', 'alert');
  const printKit = button('Print the kit', 'submit');
  printKit.style.background = '#d8b45a';
  printKit.style.color = '#07101f';
  const printBriefs = button('Print the class set of role briefs', 'button');
  const printNumbers = button('Print the teacher’s numbers (not for students)', 'button');
  const close = button('Close', 'button');
  const hint = element('p', { margin: '12px 0 0', color: '#d8b45a', fontSize: '16px' });
  hint.textContent = 'Enter prints the kit · Tab reaches the other buttons · Esc closes';
  form.append(heading, lead, label, input, problem, printKit, printBriefs, printNumbers, close, hint);
  panel.append(form);
  shade.append(panel);

  const chosenSeed = (): string | null => {
    const typed = input.value.trim();
    if (isClassSeed(typed)) {
      rememberClassSeed(typed);
      problem.textContent = '';
      return typed;
    }
    problem.textContent = 'A seed is 1 to 40 letters, digits, dots, dashes or underscores, e.g. class-4b.';
    input.focus();
    return null;
  };
  // Printing opens a window, which a pop-up blocker allows only inside the click or key press itself.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = chosenSeed();
    if (!chosen) return;
    const kit = buildClassroomKit(scenario, chosen, `${location.origin}${location.pathname}`);
    openPrintableDocument(classroomKitDocument(kit), `Classroom kit: ${scenario.title}`);
  });
  printBriefs.addEventListener('click', () => {
    const chosen = chosenSeed();
    if (!chosen) return;
    const kit = buildClassroomKit(scenario, chosen, '');
    const document = classSetDocument(
      { title: scenario.title, seed: chosen, teacherCode: kit.teacherCode },
      classSetBriefs(scenario, chosen),
    );
    openPrintableDocument(document, `${scenario.title}: class set of role briefs`);
  });
  // Every seat's private numbers for this seed: the teacher's appendix, never among the students' pages.
  printNumbers.addEventListener('click', () => {
    const chosen = chosenSeed();
    if (!chosen) return;
    const document = teacherAppendixDocument(classSetBriefs(scenario, chosen));
    openPrintableDocument(document, `${scenario.title}: the teacher’s numbers (seed ${chosen})`);
  });
  const dismiss = () => shade.remove();
  close.addEventListener('click', dismiss);
  // The game listens for keys on the window: keys typed in the dialog stop here.
  for (const type of ['keydown', 'keyup'] as const)
    shade.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type === 'keydown' && event.key === 'Escape') dismiss();
    });
  // So do clicks: Phaser hears a pointer released anywhere on the window, and would take a click on a button of the
  // dialog for a click on whatever of the title lies under it (a scenario card, which opens its briefing).
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend'] as const)
    shade.addEventListener(type, (event) => event.stopPropagation());
  document.body.append(shade);
  // After the key that opened the dialog is done: focused at once, its own letter (T) would be typed into the seed.
  setTimeout(() => {
    input.focus();
    input.select();
  }, 0);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  style: Record<string, string>,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  Object.assign(created.style, style);
  return created;
}

function button(text: string, type: 'submit' | 'button'): HTMLButtonElement {
  const created = element('button', BUTTON_STYLE);
  created.type = type;
  created.textContent = text;
  return created;
}
