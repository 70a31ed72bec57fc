// Text of a PDF, page by page, for checking what a printed worksheet or handout contains.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPages(buffer: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}

/** Folds white space so a sentence broken across lines still matches. */
export const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/gu, " ").trim();
