import { useQuery } from '@tanstack/react-query';

/** Each rule's doc page (`src/core/rules/<id>/<id>.md`), loaded only when asked for. */
const DOCS = import.meta.glob<string>('../../core/rules/*/*.md', { query: '?raw', import: 'default' });

function loaderFor(ruleId: string): (() => Promise<string>) | undefined {
  const suffix = `/${ruleId}/${ruleId}.md`;
  const key = Object.keys(DOCS).find((k) => k.endsWith(suffix));
  return key ? DOCS[key] : undefined;
}

/** The rule's documentation (why it breaks tracking, how to fix it), as plain text. */
export function RuleDoc({ ruleId, summary }: { ruleId: string; summary: string | undefined }) {
  const query = useQuery({
    queryKey: ['rule-doc', ruleId],
    queryFn: async () => {
      const load = loaderFor(ruleId);
      return load ? await load() : null;
    },
    staleTime: Infinity,
  });
  if (query.isPending) return <p>Loading the documentation of {ruleId}…</p>;
  if (query.isError || query.data === null || query.data === undefined) {
    return <p>{summary ?? `No documentation is available for ${ruleId} yet.`}</p>;
  }
  return <div className="text-sm whitespace-pre-wrap">{query.data}</div>;
}
