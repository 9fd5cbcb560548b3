/** The element's tag: the one global name the package writes. */
export const TAG = 'eprofile-radar';
