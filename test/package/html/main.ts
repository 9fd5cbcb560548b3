import 'eprofile-radar';
import { areas, series } from '../data';

// Typed without a cast: querySelector knows the tag, addEventListener the event's detail.
const chart = document.querySelector('eprofile-radar')!;
chart.areas = areas;
chart.series = series;
document.addEventListener('eprofile-error', (event) => {
  document.querySelector('.problem')!.textContent = event.detail.message;
});
