// The least an app can do with the package: import it, which defines the element. test/package.test.ts weighs
// what that adds to an app against the single file.
import 'eprofile-radar';
