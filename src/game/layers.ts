// Drawing order shared by scenes and widgets, and the name that marks a panel covering the whole screen (the test
// hook reads only what such a panel shows, as a player would).
export const MODAL_NAME = 'modal';

export const depths = {
  modal: 10,
} as const;
