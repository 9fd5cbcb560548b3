/**
 * The entry of the single-file build (dist/eprofile-radar.js): it defines `<eprofile-radar>` and exports nothing,
 * so the same file works from `<script type="module">` and from a plain `<script>` in the page's head, which
 * every browser runs before it paints (no layout shift when the charts appear). The npm entry, src/index.ts,
 * exports the class and types.
 */
import './index.js';
