import { launchBrowser } from './lib/browser.mjs';
const base = process.argv[2], who = process.argv[3], pathRe = process.argv[4] || 'progress';
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
const page = await ctx.newPage();
await page.goto(base + '/sign-in');
await page.fill('input[name=login], input[name=email]', who);
await page.fill('input[type=password]', 'demo pass phrase 1');
await page.click('form button[type=submit]');
await page.waitForLoadState();
console.log('after sign in', page.url());
const links = await page.$$eval('a', as => as.map(a => a.href).filter(h => h.includes('/circles/')));
console.log(links.slice(0,10));
const circle = links[0].match(/^(.*\/circles\/[0-9a-f-]+)/)[1];
for (const suffix of ['', '/progress', '/checks', '/plans']) {
  await page.goto(circle + suffix);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(suffix || '/', 'height', h, 'screens', (h/740).toFixed(1));
  await page.screenshot({ path: `/tmp/shots/${who.split('@')[0]}${suffix.replace('/','-')||'-overview'}.png`, fullPage: true });
}
await browser.close();
