// Launches headless Chromium for the e2e tests and the UI benchmark: Debian's /usr/bin/chromium
// when present, else the @sparticuz/chromium npm package (a self-contained build for CI boxes
// without a system browser).

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

async function executablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    // Optional dependency: imported by name at run time so typecheck does not require it.
    const name = '@sparticuz/chromium';
    const mod = (await import(name)) as { default: { executablePath(): Promise<string> } };
    return await mod.default.executablePath();
  } catch (error) {
    throw new Error(`launchBrowser: no Chromium found (/usr/bin/chromium missing and @sparticuz/chromium unavailable: ${String(error)})`);
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), headless: true, args: [...CHROMIUM_ARGS] });
}
