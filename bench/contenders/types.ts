/** What every contender in the benchmark gets: one municipality's scores and the national average, 0–4. */
export interface BenchData {
  label: string;
  scores: number[];
  baseline: number[];
}

/** The five SKL areas, as every contender labels its axes. */
export const AREA_NAMES = [
  'E-förvaltning totalt',
  'IT-plattform, hård och mjuk infrastruktur',
  'Förändringsledning och kommunikation',
  'Samverkan och IT-ekonomi',
  'Styrning och ledning',
];
export const BASELINE_LABEL = 'Medel samtliga kommuner';

/** A contender draws one chart into a container of a given width and can update it with new data. */
export interface Contender<Handle = unknown> {
  draw(container: HTMLElement, data: BenchData): Handle;
  update(handle: Handle, data: BenchData): void;
  /** True once the chart in `container` shows `data` at its final size. */
  drawn(container: HTMLElement, handle: Handle): boolean;
  /**
   * For a contender that renders after the call returns (lit renders in a microtask): resolves once the work the
   * last call started is done, so that `drawn` is first asked then, as it is right after a synchronous contender's
   * call, rather than at the next animation frame.
   */
  settled?(handle: Handle): Promise<unknown>;
}
