// The data every example app draws: set as properties (`areas`, `series`), not attributes.
import type { Area, SeriesInput } from 'eprofile-radar';

export const areas: Area[] = [
  { key: 'service', label: 'E-services' },
  { key: 'platform', label: 'IT platform' },
  { key: 'change', label: 'Change management' },
  { key: 'governance', label: 'Governance' },
];

export const series: SeriesInput[] = [
  { label: 'Falkenberg', scores: [3.0, 3.2, 3.0, 3.1] },
  { label: 'Kungsbacka', scores: [2.8, 3.4, 2.6, 3.0] },
];
