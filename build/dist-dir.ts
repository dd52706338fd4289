/**
 * The build's output folder. WEERBAAR_DIST moves it away from dist, so a second build (the
 * overlay e2e test's) leaves the national build alone; vite.config.ts uses the same variable.
 */
export const distDir = process.env.WEERBAAR_DIST ?? 'dist';
