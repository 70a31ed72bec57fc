// Text of a PDF, page by page, for checking what a printed worksheet or handout contains.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPages(buffer: Buffer): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(buffer),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}

/**
 * Drops all white space: PDF text runs split words and punctuation apart ("статье , какую"), so
 * texts are compared without it.
 */
export const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/gu, "");
