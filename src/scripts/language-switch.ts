/**
 * The language switch links to the same page in the other edition. A static link cannot know the query
 * (a compare selection, a search) or the fragment (a paragraph), so carry them over when JavaScript runs.
 */
export function keepPlaceOnLanguageSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
  if (!link) return;
  const carry = () => {
    const target = new URL(link.getAttribute('href') ?? '', location.href);
    target.search = location.search;
    target.hash = location.hash;
    link.setAttribute('href', `${target.pathname}${target.search}${target.hash}`);
  };
  carry();
  addEventListener('hashchange', carry);
}
