import { useQuery } from '@tanstack/react-query';
import * as Dialog from '@radix-ui/react-dialog';
import { BookOpen, X } from 'lucide-react';
import { useState, type MouseEvent } from 'react';
import { buttonClass } from './ui';

/** Each rule's doc page (`src/core/rules/<id>/<id>.md`), loaded only when asked for. */
const DOCS = import.meta.glob<string>('../../core/rules/*/*.md', { query: '?raw', import: 'default' });
const LOADERS = new Map(
  Object.entries(DOCS).flatMap(([path, load]) => {
    const m = /\/([a-z0-9-]+)\/\1\.md$/.exec(path);
    return m?.[1] ? [[m[1], load] as const] : [];
  }),
);
const RULE_IDS: ReadonlySet<string> = new Set(LOADERS.keys());

/** The rule's documentation (why it matters, how to fix it), rendered from its Markdown. */
function RuleDoc({ ruleId, onRule }: { ruleId: string; onRule?: (id: string) => void }) {
  const query = useQuery({
    queryKey: ['rule-doc', ruleId],
    queryFn: async () => {
      const load = LOADERS.get(ruleId);
      if (!load) return null;
      const [markdown, { renderRuleMarkdown }] = await Promise.all([
        load(),
        import('../lib/render-markdown'),
      ]);
      return renderRuleMarkdown(markdown, RULE_IDS);
    },
    staleTime: Infinity,
  });
  const follow = (event: MouseEvent<HTMLDivElement>): void => {
    const a = (event.target as Element).closest('a[data-rule]');
    const id = a?.getAttribute('data-rule');
    if (!id) return;
    event.preventDefault();
    onRule?.(id);
  };
  if (query.isPending) return <p className="text-sm text-ink-muted">Loading the explanation…</p>;
  if (query.isError || !query.data) {
    return <p className="text-sm text-ink-muted">No explanation is available for this check yet.</p>;
  }
  return (
    // Follows the in-app links the renderer made (Enter on a link fires the same click).
    <div className="eli-prose" onClick={follow} dangerouslySetInnerHTML={{ __html: query.data }} />
  );
}

/** "About this check": the rule's documentation in a dialog; links to other rules open there too. */
export function RuleDocButton({ ruleId, label }: { ruleId: string; label?: string }) {
  const [shown, setShown] = useState(ruleId);
  return (
    <Dialog.Root onOpenChange={(open) => open && setShown(ruleId)}>
      <Dialog.Trigger className="inline-flex items-center gap-1 text-2xs text-brand-ink underline-offset-2 hover:underline">
        <BookOpen aria-hidden="true" className="size-3" />
        {label ?? 'About this check'}
        <span className="sr-only"> ({ruleId})</span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed inset-x-2 top-[5vh] z-50 mx-auto flex max-h-[90vh] max-w-2xl flex-col rounded-card border border-line bg-surface text-ink shadow-card">
          <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-3">
            <Dialog.Title className="font-semibold">
              About this check <span className="font-mono text-xs text-ink-muted">{shown}</span>
            </Dialog.Title>
            <Dialog.Close className={buttonClass('ghost', 'sm')} aria-label="Close">
              <X aria-hidden="true" className="size-4" />
            </Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">
            How this check works and how to fix what it finds.
          </Dialog.Description>
          <div tabIndex={0} className="overflow-y-auto px-4 py-3">
            <RuleDoc ruleId={shown} onRule={setShown} />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
