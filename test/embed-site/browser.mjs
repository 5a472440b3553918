/**
 * A headless Chromium for the embed-site tests (puppeteer-core; Debian's chromium, or
 * $CHROME_PATH), started the way every Chromium of the project starts (scripts/chromium-args.mjs).
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined. */
export const noBrowser = existsSync(CHROME) ? undefined : `${CHROME} is missing (apt-get install chromium, or set CHROME_PATH)`;

export const launch = () => puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROMIUM_ARGS });

/** axe-core's script, injected into pages as an inline script (no request). */
export const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url);
