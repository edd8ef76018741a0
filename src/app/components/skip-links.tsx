const LINK =
  'sr-only focus:not-sr-only focus:absolute focus:top-2 focus:z-50 focus:rounded-control focus:bg-brand focus:px-3 focus:py-2 focus:text-on-brand';

/** Skip links: the first Tab stops of the page, straight to the issues, the preview and the links table. */
export function SkipLinks({ hasReport, onLinks }: { hasReport: boolean; onLinks: () => void }) {
  const go = (id: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    // A large email is edited in the editor laid over the box: the skip goes there.
    const target =
      (id === 'email-html'
        ? document.querySelector<HTMLElement>('[data-large-editor]:not([hidden]) [role="textbox"]')
        : null) ?? document.getElementById(id);
    target?.focus();
    (target?.closest('[data-large-editor]') ?? target)?.scrollIntoView({ block: 'start' });
  };
  return (
    <nav aria-label="Skip links">
      <a href="#email-html" className={`${LINK} focus:left-2`} onClick={go('email-html')}>
        Skip to the email box
      </a>
      {hasReport ? (
        <>
          <a href="#issues" className={`${LINK} focus:left-2`} onClick={go('issues')}>
            Skip to issues
          </a>
          <a href="#preview" className={`${LINK} focus:left-2`} onClick={go('preview')}>
            Skip to preview
          </a>
          <a
            href="#links"
            className={`${LINK} focus:left-2`}
            onClick={(event) => {
              event.preventDefault();
              onLinks();
            }}
          >
            Skip to links
          </a>
        </>
      ) : null}
    </nav>
  );
}
