import * as Popover from '@radix-ui/react-popover';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ReportLink } from '../../../core/types';
import { StatusBadge } from '../../components/status-badge';
import { buttonClass } from '../../components/ui';
import { linkName } from '../../lib/link-name';
import type { LinkStatus } from '../../lib/report-index';

interface Props {
  anchor: { top: number; left: number; width: number; height: number };
  link: ReportLink;
  status: LinkStatus;
  /** Closes it and names the element focus goes back to (the link in the preview). */
  onClose: () => HTMLElement | null;
  children: ReactNode;
}

/**
 * What a link in the preview is and what is wrong with it, opened by a click,
 * a tap or Enter on the link; a Radix popover, so it works with the keyboard
 * (focus moves in, Escape closes and gives focus back to the link).
 */
export function LinkPopover({ anchor, link, status, onClose, children }: Props) {
  return (
    <Popover.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Popover.Anchor asChild>
        <div
          aria-hidden="true"
          className="pointer-events-none absolute"
          style={{ top: anchor.top, left: anchor.left, width: anchor.width, height: anchor.height }}
        />
      </Popover.Anchor>
      <Popover.Portal>
        <Popover.Content
          aria-label={`Link “${linkName(link)}”`}
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            onClose()?.focus();
          }}
          className="z-40 w-[min(26rem,calc(100vw-1rem))] rounded-card border border-line bg-surface p-3 text-ink shadow-card"
        >
          <div className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="font-semibold break-words">“{linkName(link)}”</p>
              <p className="font-mono text-xs break-all text-ink-muted">{link.href ?? '(no address)'}</p>
            </div>
            <div className="flex shrink-0 items-center gap-1">
              <StatusBadge status={status} />
              <Popover.Close className={buttonClass('ghost', 'sm')} aria-label="Close">
                <X aria-hidden="true" className="size-4" />
              </Popover.Close>
            </div>
          </div>
          <div className="mt-2 max-h-[50vh] overflow-y-auto">{children}</div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
