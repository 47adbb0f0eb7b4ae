// The browser tests launch Chromium exactly as `npm run bench` does.
export { chromiumPath, launchChromium } from '../../../src/cli/browser/launchChromium';
