export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const BROWSERS: Record<EngineName, { binary: string; driver?: string; packages: string[] }>;
