import type { Frame } from './layout.js';
import { ringBox } from './layout.js';

/**
 * Which axis a point of the chart (origin at the centre) is over: inside an area name's box, or in the wedge
 * around a spoke out to just past the plot. -1 elsewhere. The pointer is matched by this arithmetic, not by hit
 * shapes in the drawing, so the drawing holds no invisible shapes for it.
 */
export function axisAt(frame: Frame, x: number, y: number): number {
  const inLabel = frame.labels.findIndex((label) => {
    const box = ringBox(label);
    return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
  });
  if (inLabel >= 0) return inLabel;
  if (Math.hypot(x, y) > frame.reach) return -1;
  // The angle in d3's convention (0 at 12 o'clock, clockwise), then the nearest spoke.
  const angle = (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
  const count = frame.angles.length;
  return Math.round((angle / (2 * Math.PI)) * count) % count;
}
