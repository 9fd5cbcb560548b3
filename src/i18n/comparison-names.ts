/**
 * How a name says what a column or a comparison is, in Swedish or English: the words the table reader and the
 * chart's sentences both go by. Whole words only: "Medelpad" and "Medelålder i …" are names, not averages.
 */
const AVERAGE = 'medel(?:värde(?:t|n|na)?)?|(?:riks)?(?:genom)?snitt(?:et)?|median(?:en)?|average|mean';

/** A comparison named by what it is rather than who: an average or median ("Medelvärde för …", "Average"). */
export const COMMON_NAME = new RegExp(`^(?:${AVERAGE})(?!\\p{L})`, 'iu');

/**
 * A comparison named by ordinary words rather than a proper name, written in lower case inside a sentence ("Över
 * förra året", "above all municipalities"): an average, or words such as "alla", "länet", "riket", "förra".
 */
export const COMMON_WORDS = new RegExp(
  `^(?:${AVERAGE}|alla|samtliga|kommuner(?:na)?|kommungrupp(?:en)?|länet|riket|hela|förra|föregående|all|previous|last|national|nationwide)(?!\\p{L})`,
  'iu',
);

/**
 * A table header that names the comparison: a common name, or the whole it is compared with ("Riket", "Sverige",
 * "Länet", "Samtliga kommuner").
 */
export const COMPARISON_HEADER = new RegExp(
  `^(?:${AVERAGE}|riket|sverige|hela landet|länet|(?:alla|samtliga) kommuner|all municipalities|national|sweden)(?!\\p{L})`,
  'iu',
);

/** A table header that names a difference, which is shown to readers and not drawn. */
export const DIFFERENCE_HEADER = /^(?:(?:skillnad|differens)(?:en)?|diff|difference|±|\+\/[-−–])(?!\p{L})/iu;
