import type { ReportLink } from '../../../core/types';
import type { ReportIndex } from '../../lib/report-index';
import { StatusBadge } from '../../components/status-badge';

interface Props {
  links: ReportLink[];
  index: ReportIndex;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Links only Outlook sees (VML, `[if mso]`): browsers do not render them, so they are listed here. */
export function OutlookLinks({ links, index, selectedId, onSelect }: Props) {
  return (
    <section aria-label="Outlook-only links" className="text-sm">
      <h3 className="mb-1 font-semibold">Outlook-only links ({links.length})</h3>
      {links.length === 0 ? (
        <p className="text-ink-muted">None: every link is in the markup all clients render.</p>
      ) : (
        <ul className="space-y-1">
          {links.map((link) => (
            <li key={link.id}>
              <button
                type="button"
                onClick={() => onSelect(link.id)}
                aria-pressed={selectedId === link.id}
                className={`w-full rounded-control border px-2 py-1 text-left ${selectedId === link.id ? 'border-brand bg-brand-soft' : 'border-line'}`}
              >
                <StatusBadge status={index.statusById.get(link.id) ?? 'ok'} />{' '}
                <span className="font-mono text-xs">{link.element}</span>{' '}
                <span className="font-mono text-xs break-all">{link.href ?? '(no href)'}</span>
                {link.condition ? (
                  <span className="text-xs text-ink-muted"> [if {link.condition}]</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
