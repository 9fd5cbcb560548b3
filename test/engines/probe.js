// Loaded by every cross-engine test page before the chart's script: records what a page would notice (policy
// violations, uncaught errors) and the files the chart offers, and gives the tests a few measurements to ask for.
// A plain script from the test server, so it runs under the strictest Content-Security-Policy too.
(() => {
  const probe = {
    violations: [],
    errors: [],
    /** Every eprofile-error the page heard: attribute and value. */
    rejected: [],
    /** Files offered through a download link: {name, type, text} (text for SVG and CSV, size for others). */
    files: [],
    /** Waits for the chart's update and two frames (its size is observed), then for the update that follows. */
    async settle(chart) {
      await chart.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await chart.updateComplete;
    },
    /** Waits until every chart of the page has drawn its radar (or shows its message). */
    async ready() {
      if (!document.querySelector('eprofile-radar')) return;
      await customElements.whenDefined('eprofile-radar');
      for (const chart of document.querySelectorAll('eprofile-radar')) await probe.settle(chart);
    },
    box(element) {
      const { left, top, width, height } = element.getBoundingClientRect();
      return {
        left,
        top,
        width,
        height,
        right: left + width,
        bottom: top + height,
        x: left + width / 2,
        y: top + height / 2,
      };
    },
    /** The box of the chart's element matching a selector, scrolled into view first, for the pointer to go to. */
    target(chart, selector) {
      const element = chart.shadowRoot.querySelector(selector);
      element.scrollIntoView({ block: 'center' });
      return probe.box(element);
    },
    /** The chart's element matching a selector, in its shadow root. */
    part(chart, selector) {
      return chart.shadowRoot.querySelector(selector);
    },
    /** What is wrong with where the area names landed: outside the host, or on top of each other. */
    misfits(chart) {
      const host = probe.box(chart);
      const labels = [...chart.shadowRoot.querySelectorAll('.axis-label')].map(probe.box);
      const problems = [];
      if (labels.length === 0) problems.push('no area names');
      labels.forEach((label, i) => {
        if (label.left < host.left - 0.5 || label.right > host.right + 0.5 || label.top < host.top - 0.5)
          problems.push(`name ${i} outside the chart`);
        labels.slice(i + 1).forEach((other, j) => {
          const overlap =
            label.left < other.right &&
            other.left < label.right &&
            label.top < other.bottom &&
            other.top < label.bottom;
          if (overlap) problems.push(`names ${i} and ${i + j + 1} overlap`);
        });
      });
      return problems;
    },
    /** The area that has focus in the chart (-1: none), and the hover box's text while it shows. */
    focus(chart) {
      const active = chart.shadowRoot.activeElement;
      const tip = chart.shadowRoot.querySelector('.tooltip');
      return {
        index: active && active.dataset.index !== undefined ? Number(active.dataset.index) : -1,
        tag: active ? active.localName : null,
        tip: tip && !tip.hidden ? tip.textContent.replace(/\s+/g, ' ').trim() : null,
        outside: document.activeElement === chart ? null : document.activeElement && document.activeElement.id,
      };
    },
    /** WCAG's contrast ratio of two computed colours (rgb() or rgba(), alpha ignored). */
    contrast(a, b) {
      const luminance = (css) => {
        const [r, g, bl] = css
          .match(/[\d.]+/g)
          .slice(0, 3)
          .map((v) => {
            const c = Number(v) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    },
  };
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  addEventListener('error', (event) => probe.errors.push(String(event.message)));
  document.addEventListener('eprofile-error', (event) =>
    probe.rejected.push(`${event.detail.attribute}=${event.detail.value}`),
  );
  addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));
  // A download is a click on a link to a blob: URL. Keep the file instead of letting the browser save it.
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (!blob) return click.call(this);
    const file = { name: this.download, type: blob.type, size: blob.size };
    probe.files.push(file);
    if (!blob.type.startsWith('image/png')) void blob.text().then((text) => (file.text = text));
    else
      void createImageBitmap(blob).then(
        (image) => (file.image = { width: image.width, height: image.height }),
        (error) => (file.image = { error: String(error) }),
      );
  };
  window.probe = probe;
})();
