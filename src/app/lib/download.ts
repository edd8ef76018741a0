/** Saves a text as a file the browser downloads. */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The input's name without its extension (and without an earlier `.fixed`): `may-newsletter`. */
function baseName(name: string): string {
  return name.replace(/(\.fixed)?\.(html?|eml|txt|msg)$/i, '') || 'email';
}

/** `may-newsletter.html` → `may-newsletter.fixed.html`. */
export function fixedName(name: string): string {
  return `${baseName(name)}.fixed.html`;
}

/** `may-newsletter.eml` → `may-newsletter.report.html`. */
export function reportName(name: string): string {
  return `${baseName(name)}.report.html`;
}
