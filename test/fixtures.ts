/** Deterministic inputs shared by node and browser tests: the 2009 nominees as the demo shows them. */
export const FALKENBERG = {
  label: 'Falkenberg',
  scores: '3,0 3,2 3,0 3,0 3,1',
  baseline: '2,1 2,1 2,0 2,0 2,0',
  heading: 'E-profil Falkenberg 2009',
};
export const NOMINEES = [
  { label: 'Falkenberg', scores: [3.0, 3.2, 3.0, 3.0, 3.1] },
  { label: 'Järfälla', scores: [3.5, 3.8, 3.1, 3.2, 3.5] },
  { label: 'Stockholm', scores: [4.0, 4.0, 3.8, 4.0, 4.0] },
  { label: 'Täby', scores: [3.8, 3.8, 3.8, 3.8, 3.9] },
];
export const AVERAGE = [2.1, 2.1, 2.0, 2.0, 2.0];

/** Eight areas with 40-character names, one of them a single Swedish compound that cannot wrap. */
export const LONG_AREAS = [
  'Digitala tjänster för invånare och bolag',
  'Säker drift och skydd av personuppgifter',
  'Samverkan med regionen och fler kommuner',
  'Styrning och uppföljning av IT-kostnader',
  'Informationssäkerhetssamordningsansvaret',
  'Kompetensförsörjning inom digitalisering',
  'Öppna data och återanvändning av uppgift',
  'Verksamhetsutveckling med nya arbetssätt',
].map((label, index) => ({ key: `a${index + 1}`, label }));
