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

  // The page's colour scheme where the iframe sits, so that a chart whose theme is auto goes dark in dark mode
  // only on a page that supports dark (its color-scheme names dark), as it does on the page itself: on a page
  // made for light only, it stays light rather than a dark box in a white article.
  function tellScheme(frame) {
    var scheme = getComputedStyle(frame).colorScheme || 'normal';
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ sentinel: 'eprofile', type: 'embed-scheme', scheme: scheme }, '*');
    }
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
