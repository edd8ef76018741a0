import * as Dialog from '@radix-ui/react-dialog';
import { Link2, Settings as SettingsIcon, X } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Settings } from '../lib/settings';
import { buttonClass } from './ui';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  /** The settings form, shown in a dialog. */
  settingsPanel: ReactNode;
  /** Download report, once there is one. */
  actions: ReactNode;
}

/** The page's header: name, the main action, settings and theme. */
export function AppHeader({ settings, update, settingsPanel, actions }: Props) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-[100rem] flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2.5 sm:px-4">
        <div className="flex min-w-0 items-center gap-2">
          <span className="inline-flex size-8 items-center justify-center rounded-control bg-brand text-on-brand">
            <Link2 aria-hidden="true" className="size-5" />
          </span>
          <h1 className="truncate text-base font-semibold tracking-tight sm:text-lg">Email Link Inspector</h1>
        </div>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {actions}
          <Dialog.Root>
            <Dialog.Trigger className={buttonClass('secondary')}>
              <SettingsIcon aria-hidden="true" className="size-4" />
              <span className="max-sm:sr-only">Settings</span>
            </Dialog.Trigger>
            <Dialog.Portal>
              <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
              <Dialog.Content className="fixed inset-x-2 top-[4vh] z-50 mx-auto flex max-h-[92vh] max-w-xl flex-col rounded-card border border-line bg-surface text-ink shadow-card">
                <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-3">
                  <Dialog.Title className="font-semibold">Settings</Dialog.Title>
                  <Dialog.Close className={buttonClass('ghost', 'sm')} aria-label="Close">
                    <X aria-hidden="true" className="size-4" />
                  </Dialog.Close>
                </div>
                <Dialog.Description className="sr-only">
                  How the links are judged; kept in this browser.
                </Dialog.Description>
                <div className="overflow-y-auto px-4 py-3">{settingsPanel}</div>
              </Dialog.Content>
            </Dialog.Portal>
          </Dialog.Root>
          <label className="flex items-center gap-1 text-sm">
            <span className="max-sm:sr-only">Theme</span>
            <select
              aria-label="Theme"
              className="h-9 rounded-control border border-line bg-surface px-2 text-sm text-ink"
              value={settings.theme}
              onChange={(e) => update({ theme: e.target.value as Settings['theme'] })}
            >
              <option value="system">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </div>
      </div>
    </header>
  );
}
