import 'eprofile-radar';
import { areas, series } from '../data';

// Typed without a cast: querySelector knows the tag, addEventListener the event's detail.
const chart = document.querySelector('eprofile-radar')!;
chart.areas = areas;
chart.series = series;
// One event per fault (`scores="3 9"`: the 9, and that two values are too few): keep them all.
document.addEventListener('eprofile-error', (event) => {
  document.querySelector('.problem')!.append(`${event.detail.message}\n`);
});
