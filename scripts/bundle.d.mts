import type { Plugin } from 'vite';

export const root: string;
export const GZIP_BUDGET: number;
export function minifyTemplate(tag: 'css' | 'html' | 'svg', text: string, first: boolean, last: boolean): string;
export function minifyTemplateLiterals(code: string, fileName: string): string | null;
export function minifyTemplates(): Plugin;
export function pureD3Curves(): Plugin;
export function isolateLit(): Plugin;
export function buildBundle(outDir: string, options?: { sourcemap?: boolean; minify?: boolean }): Promise<string>;
