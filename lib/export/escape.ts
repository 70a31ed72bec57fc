/**
 * Escaping for each export format. Every exporter builds its files as strings, so each text that
 * came from the dataset or the messages passes through exactly one of these on its way in.
 */

/** Text inside an XML element or an HTML fragment. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An XML or HTML attribute value in double quotes. */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/"/g, "&quot;");
}

/**
 * The content of a Moodle XML `<text>`, as Moodle's own exporter writes it (`qformat_xml::
 * xml_escape`): anything holding `<`, `>` or `&` goes in one CDATA section, any `]]>` in it split
 * across two. Entity references are what break Moodle's importer: its parser hands the text over
 * in chunks split at each reference and drops the chunks that are only white space, so
 * "Not quite.</strong> The" arrives as "Not quite.The". CDATA has no references to split at.
 */
export function xmlText(text: string): string {
  if (!/[<>&]/.test(text)) return text;
  return `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/**
 * GIFT text: `~ = # { } :` and the backslash are special anywhere in a question, and a line break
 * would end it, so breaks are written `\n` (Moodle turns them back into breaks).
 */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, "\\n");
}
