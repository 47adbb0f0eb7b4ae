// Scene keys are also what the page shows in the container's data-scene attribute, so tests and styles can
// tell which screen is up without reading the canvas.
export const sceneKeys = {
  title: 'title',
  setup: 'setup',
  summit: 'summit',
  ceasefire: 'ceasefire',
  collapse: 'collapse',
  debrief: 'debrief',
  replay: 'replay',
  compare: 'compare',
} as const;

export type SceneKey = (typeof sceneKeys)[keyof typeof sceneKeys];
