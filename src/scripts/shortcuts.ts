/** `/` or Ctrl+K (⌘K) from any page puts the cursor in the search box. */
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const open = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  if (!open) return;
  const input = document.querySelector<HTMLInputElement>('#search-query') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
