import type { OnlineChecks } from './online';

/**
 * The look-up service's check modules, for `--online`. Null while they are
 * not part of the build yet (the CLI then says online checks are unavailable).
 */
export const onlineChecks: OnlineChecks | null = null;
