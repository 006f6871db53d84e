/** The pages Lighthouse checks (npm run lighthouse and tests/e2e/lighthouse.test.ts): one of each kind readers land on. */
export const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '' },
  { name: 'model', path: 'models/linxiang-forestry-336/' },
  { name: 'compare', path: 'compare/' },
  { name: 'search', path: 'search/?q=林长制' },
];
