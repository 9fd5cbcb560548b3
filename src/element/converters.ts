/** Attribute text is kept as typed; the input layer parses it (decimal commas, `;`, JSON). */
export const raw = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/**
 * A theme set as a property shows as the attribute, which the styles select on; `auto`, the default, leaves the
 * author's markup as it is rather than writing `theme="auto"` onto every chart of a page.
 */
export const themeAttribute = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (value === 'light' || value === 'dark' ? value : null),
};
