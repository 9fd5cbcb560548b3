import type { DirectiveClass, DirectiveParameters, DirectiveResult } from 'lit/directive.js';

/**
 * What lit's `directive(C)` returns, written with lit's own entry. Inferred, the declaration files named lit-html,
 * a package of lit's that an app's strict install (pnpm, npm's `linked` strategy) does not let this package
 * resolve, and `tsc` failed there on `Cannot find module 'lit-html'`.
 */
export type Made<C extends DirectiveClass> = (...values: DirectiveParameters<InstanceType<C>>) => DirectiveResult<C>;
