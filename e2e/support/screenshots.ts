import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessibility';

type Layout = {
  /** The window's height while the screenshots are taken. */
  height: number;
  /** Each width, and the height of the slices a long page is cut into at that width. */
  slices: readonly (readonly [number, number])[];
};

/**
 * Screenshots of a page, in `folder` (none when it is not set), at each width, in slices so a long
 * page can be read at full size.
 */
async function shot(page: Page, folder: string | undefined, name: string, layout: Layout) {
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const [width, slice] of layout.slices) {
    await page.setViewportSize({ width, height: layout.height });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, n = 1; y < height; y += slice, n++) {
      const clip = { x: 0, y, width, height: Math.min(slice, height - y) };
      await page.screenshot({ path: `${folder}/${name}-${width}-${n}.png`, fullPage: true, clip });
    }
  }
  await page.setViewportSize(size);
}

/**
 * For one spec: `shot` keeps screenshots of a page when `folder` is set; `pageState` checks the
 * page with axe first.
 */
export function screenshots(folder: string | undefined, layout: Layout) {
  return {
    shot: (page: Page, name: string) => shot(page, folder, name, layout),
    pageState: async (page: Page, name: string): Promise<void> => {
      await expectAccessible(page, name);
      await shot(page, folder, name, layout);
    },
  };
}
