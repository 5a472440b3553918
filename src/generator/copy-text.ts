/**
 * Copies text to the clipboard: the async Clipboard API, else (no API, no permission, an
 * insecure origin) by selecting it in its field (a textarea or an input) and the old `execCommand('copy')`.
 * Resolves to whether it worked, never rejects.
 */
export async function copyText(text: string, area?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the old way.
  }
  if (!area) return false;
  area.focus();
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
