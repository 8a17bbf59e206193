import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Adjusts NHS.UK frontend's compiled stylesheet before Vite reads it:
 * - it loads the Frutiger web font from assets.nhs.uk, but Haven works offline, its
 *   Content-Security-Policy allows fonts from its own origin only, and Frutiger is licensed to the
 *   NHS: the font-face rules are dropped and text falls back to Arial;
 * - Lightning CSS cannot parse a container rule that names a container without a condition
 *   (`@container scroll-content {`); an always-true size condition means the same thing;
 * - `@media screen\0` blocks are a hack that only Internet Explorer 8-10 read, and Lightning CSS
 *   cannot parse them: they are dropped.
 */
const adaptNhsukCss = (): Plugin => ({
  name: 'haven-adapt-nhsuk-css',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('nhsuk-frontend') || !/\.css($|\?)/.test(id)) return null;
    const adapted = code
      .replace(/@font-face\s*{[^}]*https:\/\/assets\.nhs\.uk[^}]*}/g, '')
      .replace(/@container scroll-content\s*{/g, '@container scroll-content (width >= 0){')
      .replace(/@media screen\\0[^{]*{(?:[^{}]*{[^{}]*})*[^{}]*}/g, '');
    return { code: adapted, map: null };
  },
});

export default defineConfig({
  plugins: [react(), adaptNhsukCss()],
  publicDir: 'public',
  css: {
    transformer: 'lightningcss',
    lightningcss: { errorRecovery: true },
  },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.HAVEN_API_PORT ?? '3000'}` },
  },
});
