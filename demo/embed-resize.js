/*
 * eprofile-radar embed resizer: sizes iframes marked `data-eprofile-embed` to the height their page reports.
 * Dependency-free, no globals, no inline code (works under Content-Security-Policy: script-src 'self'):
 *
 *   <iframe src="https://example.org/eprofile/embed.html?label=…&scores=…" data-eprofile-embed
 *           title="E-profil Falkenberg 2009" style="width: 100%; border: 0" width="100%" height="640"></iframe>
 *   <script src="https://example.org/eprofile/embed-resize.js" defer></script>
 *
 * Understands AMP's {sentinel: 'amp', type: 'embed-size', height} and pym.js's "pymxPYMx<id>xPYMxheightxPYMx<h>".
 * A message is only obeyed from the very window inside one of the marked iframes. Each iframe is told the page's
 * colour scheme in return (a theme of auto follows the reader's dark setting only where the page supports dark).
 */
(function () {
  'use strict';

  function heightOf(data) {
    if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') {
      return Number(data.height);
    }
    if (typeof data === 'string' && data.indexOf('pymxPYMx') === 0) {
      var bits = data.split('xPYMx');
      return bits[2] === 'height' ? Number(bits[3]) : NaN;
    }
    return NaN;
  }

  function frames() {
    return document.querySelectorAll('iframe[data-eprofile-embed]');
  }

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (!(height > 0 && height < 100000)) return;
    var marked = frames();
    for (var i = 0; i < marked.length; i++) {
      if (marked[i].contentWindow === event.source) {
        marked[i].style.height = Math.ceil(height) + 'px';
        tellScheme(marked[i]);
      }
    }
  });

  // The scheme the page is in where the iframe sits, as the browser takes it for its own controls: the scheme its
  // color-scheme lists (the property, else the meta tag), the reader's own where it lists both, light where it
  // lists none. A chart whose theme is auto takes it, as it does on the page itself: on a page made for light only
  // it stays light rather than a dark box in a white article. Sent again whenever the page's scheme may change.
  var readerDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function schemeAt(frame) {
    var meta = document.querySelector('meta[name="color-scheme"]');
    var listed = function (text) {
      return (text || '')
        .toLowerCase()
        .split(/\s+/)
        .filter(function (word) {
          return word === 'light' || word === 'dark';
        });
    };
    var schemes = listed(getComputedStyle(frame).colorScheme);
    if (schemes.length === 0) schemes = listed(meta && meta.getAttribute('content'));
    var preferred = readerDark && readerDark.matches ? 'dark' : 'light';
    return schemes.indexOf(preferred) >= 0 ? preferred : schemes[0] === 'dark' ? 'dark' : 'light';
  }

  function tellScheme(frame) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ sentinel: 'eprofile', type: 'embed-scheme', scheme: schemeAt(frame) }, '*');
    }
  }

  function tellAll() {
    var marked = frames();
    for (var i = 0; i < marked.length; i++) tellScheme(marked[i]);
  }

  if (readerDark && readerDark.addEventListener) readerDark.addEventListener('change', tellAll);
  if (window.MutationObserver) {
    var observer = new MutationObserver(tellAll);
    observer.observe(document.documentElement, { attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    if (document.head)
      observer.observe(document.head, { childList: true, subtree: true, attributeFilter: ['content'] });
  }

  // Pages that loaded before this script reported their height to no one: ask them again. (Pages still loading
  // will report once they have drawn.) An iframe with no inline style applied (a page whose Content-Security-Policy
  // drops style attributes, a style-src without 'unsafe-inline') gets the documented look through the CSSOM, which
  // no policy blocks: full width, no border.
  var marked = frames();
  for (var i = 0; i < marked.length; i++) {
    if (marked[i].style.length === 0) {
      marked[i].style.width = '100%';
      marked[i].style.border = '0';
    }
    if (marked[i].contentWindow) {
      marked[i].contentWindow.postMessage({ sentinel: 'eprofile', type: 'embed-size-request' }, '*');
    }
  }
})();
