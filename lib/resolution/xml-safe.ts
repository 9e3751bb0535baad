/**
 * Text as an export may carry it. XML 1.0 forbids most control characters, U+FFFE/U+FFFF and
 * unpaired surrogates: one of them in an amendment made the whole .docx unreadable. Markdown
 * readers render HTML: the text's own "<", ">" and "&" are escaped, so only the export's marks
 * (<ins>, ~~) are markup. The importer decodes these entities: a round trip keeps the text.
 */

// Tab, line feed and carriage return are allowed; lone surrogates are matched by the `u`-less class below.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

const HTML_SPECIAL: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_SPECIAL[c]!);
}
