/** `email-link-inspector --help`. Options and exit codes as docs/contracts/report.md (and docs/cli.md). */
export const HELP_TEXT = `Usage: email-link-inspector check FILE... [options]
       email-link-inspector fix FILE... [--write] [--only RULE] [--utm K=V,...]
                                     [--utm-domain D] [--tracking-domain HOST]
       email-link-inspector compare TEMPLATE SENT.eml [--format text|json|md]
                                     [--tracking-domain HOST] [--fail-on untracked|never]
       email-link-inspector recheck REPORT.json [--format text|json|md]
                                     [--tls-days N] [--dns-server IP[:PORT]]

Find the links in an email that the email platform will not (or did not)
track, and why. FILE is an .html/.htm template, a .eml message, or - for
standard input (a message with headers is read as .eml). Several files,
folders (their .html, .htm and .eml files) and globs ('templates/**/*.html')
are checked in parallel and give one combined report.

compare pairs the links of a template and the email the platform sent, and
says what the platform did to each (wrapped, left alone, changed, missing,
new); exit 1 when a template link reached the sent email untracked.
recheck checks the links of a saved \`check --online --format json\` report
again and prints what changed; exit 1 on a regression.

Options:
  --format json|text|sarif|csv|md   output format (default: text)
  --tracking-domain HOST            the click-tracking host this email must use;
                                    implies --mode sent (repeatable)
  --mode sent|template              override the detected mode
  --allow-untracked DOMAIN          links to DOMAIN and its subdomains are left
                                    untracked on purpose (repeatable)
  --online                          also run the online checks (redirect chains,
                                    tracking domain, sender domain)
  --dns-server IP[:PORT]            DNS server for the online checks (repeatable;
                                    default: the system's)
  --propagation-server IP[:PORT]     a resolver the DNS propagation check asks;
                                    answers of two or more are compared
                                    (repeatable; default: DNS_PROPAGATION_SERVERS,
                                    else public resolvers unless --dns-server)
  --allow-host HOST_OR_CIDR         let online checks reach this private or
                                    loopback target; for testing only (repeatable)
  --rule ID=off|info|warning|error  change a rule's severity or turn it off
                                    (repeatable)
  --fail-on error|warning|never     exit 1 when a finding is at or above this
                                    severity (default: error)
  --color                           colour the text format
  --config FILE                     use this settings file; by default the
                                    nearest email-link-inspector.config.json
                                    (or .email-link-inspectorrc[.json], or
                                    "email-link-inspector" in package.json) at
                                    or above the checked file's folder is used
  --no-config                       use no settings file
  --jobs N                          files checked at once (default: the cores)
  --include-raw                     JSON: keep each link's "raw" (its href
                                    attribute as written, with offsets)
  -h, --help                        show this help
  -v, --version                     show the version

Exit status: 0 no finding at or above --fail-on; 1 there are (in any of the
files); 2 an input, the settings file or the options are unusable (the reason
is on standard error).
`;
