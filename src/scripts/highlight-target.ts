/**
 * CSS :target highlights a quote a link points at. A quote that overlaps another cannot have its own
 * <mark>; its link lands on an empty anchor before the shared mark, and this marks that mark instead.
 */
export function highlightOverlappingTarget(): void {
  for (const el of document.querySelectorAll('.is-targeted')) el.classList.remove('is-targeted');
  const id = decodeURIComponent(location.hash.slice(1));
  const anchor = id ? document.getElementById(id) : null;
  const markId = anchor?.dataset['mark'];
  if (markId) document.getElementById(markId)?.classList.add('is-targeted');
}
