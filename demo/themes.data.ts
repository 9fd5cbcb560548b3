/**
 * The theme gallery's themes: each a few lines of CSS (and, for dark mode, one attribute). The page applies and
 * shows this very text; test/demo-themes.test.ts checks its colours.
 */
export interface Theme {
  id: string;
  title: string;
  about: string;
  /** Attributes on the chart besides the data, shown in the markup. */
  attributes?: Record<string, string>;
  css: string;
}

export const themes: Theme[] = [
  {
    id: 'kommun',
    title: 'En kommuns grafiska profil',
    about:
      'Profilfärger för serierna och rubriken, profilens typsnitt. Ljusare toner av samma färger i mörkt läge, så att linjerna syns mot den mörka bakgrunden.',
    css: `.kommun eprofile-radar {
  --eprofile-series-1: #005a8c; /* profilblå */
  --eprofile-series-2: #b34700; /* profilorange */
  --eprofile-font-family: 'Trebuchet MS', 'DejaVu Sans', sans-serif;
  --eprofile-heading-font-size: 1.25rem;
}
@media screen and (prefers-color-scheme: dark) {
  .kommun eprofile-radar {
    --eprofile-series-1: #6cc0ee;
    --eprofile-series-2: #f39a5a;
  }
}
.kommun eprofile-radar::part(heading) {
  color: var(--eprofile-series-1);
}`,
  },
  {
    id: 'morkt',
    title: 'Mörkt läge',
    about:
      'theme="dark" tvingar fram det mörka temat; utan attributet följer diagrammet läsarens inställning. Bakgrunden kan sättas till sidans egen.',
    attributes: { theme: 'dark' },
    css: `.morkt eprofile-radar {
  --eprofile-background: #10181f;
}`,
  },
  {
    id: 'tidning',
    title: 'En tidnings stil',
    about:
      'Antikva, svart och en accentfärg, inga ytor, tunna linjer; rubriken i tidningens rubrikstil. theme="light": sidan är alltid ljus, som papper.',
    attributes: { theme: 'light' },
    css: `.tidning eprofile-radar {
  --eprofile-font-family: Georgia, 'DejaVu Serif', serif;
  --eprofile-series-1: #b0001e;
  --eprofile-series-2: #1b1b1b;
  --eprofile-baseline-color: #6b6b6b;
  --eprofile-fill-opacity: 0;
  --eprofile-line-width: 2px;
}
.tidning eprofile-radar::part(heading) {
  font-size: 1.5rem;
  font-weight: 400;
  border-bottom: 3px solid #b0001e;
}`,
  },
  {
    id: 'kontrast',
    title: 'Hög kontrast',
    about:
      'Svart botten, vit text, kommunen i gult och jämförelsen i cyan (en andra kommun i rosa), tjocka linjer och större markörer och etiketter.',
    css: `.kontrast eprofile-radar {
  --eprofile-line-width: 4px;
  --eprofile-marker-size: 12px;
  --eprofile-label-font-size: 1rem;
  --eprofile-fill-opacity: 0;
}
/* Färger för en svart skärm; på papper skrivs diagrammet ut i sina ljusa färger. */
@media screen {
  .kontrast eprofile-radar {
    --eprofile-background: #000;
    --eprofile-text-color: #fff;
    --eprofile-muted-color: #fff;
    --eprofile-grid-color: #b0b0b0;
    --eprofile-focus-color: #fff;
    --eprofile-series-1: #ffeb3b;
    --eprofile-series-2: #ff80c0;
    --eprofile-baseline-color: #5ee0ff;
  }
}`,
  },
];
