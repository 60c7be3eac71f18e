/**
 * The locale the add-in reads numeric text dates in: Office's display language ("en-US", "de-DE"), the closest the
 * host tells us to how the person types dates. Null outside Office or before Office has initialised.
 */
export function officeLocale(): string | null {
  if (typeof Office === "undefined") return null;
  try {
    const language = Office.context?.displayLanguage;
    return typeof language === "string" && language.trim() ? language.trim() : null;
  } catch {
    return null; // Office.context throws in some hosts before Office.onReady
  }
}
