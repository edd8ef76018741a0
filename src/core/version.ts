import { homepage, version } from '../../package.json';

/**
 * The tool's version and home page, as reports (SARIF's tool driver, the JSON
 * report), the CLI's `--version` and the service name them: read from
 * package.json, so a release changes one place. The bundlers (Vite for the app,
 * the service and the CLI) inline these two fields only, not the whole file.
 */
export const VERSION: string = version;
export const HOME_PAGE: string = homepage;
