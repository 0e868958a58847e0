/**
 * The Simplified/Traditional switch keeps what the reader is looking at: the
 * query and filters of a search (`?q=…`), the highlighted hit (`?hl=…`) and
 * the place in the page (`#…`). The link is built at build time without
 * them; it takes the page's current ones whenever it is about to be used
 * (clicked, opened in a new tab, copied, focused or pointed at), since the
 * search page changes its address as the reader types.
 */
const toggle = document.querySelector<HTMLAnchorElement>('a.script-toggle');
if (toggle) {
  const carry = (): void => {
    const url = new URL(toggle.href);
    url.search = location.search;
    url.hash = location.hash;
    toggle.href = url.href;
  };
  for (const event of ['click', 'auxclick', 'contextmenu', 'focus', 'pointerenter']) toggle.addEventListener(event, carry);
  carry();
}
