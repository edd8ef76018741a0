/** The tool's version and home page, as reports (SARIF's tool driver), the CLI and the service name them. */
export const VERSION = '0.1.0';
export const HOME_PAGE = 'https://github.com/email-link-inspector/email-link-inspector';
