/** Reads a downloaded PDF back with pdf.js, for specs that check what a report holds. */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, whitespace removed (a name may wrap in a table cell). */
export async function readPdf(path: string) {
  const document = await getDocument({ data: new Uint8Array(await readFile(path)) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const text = await (await document.getPage(number)).getTextContent();
    pages.push(text.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return { pageCount: document.numPages, text: pages.join('').replace(/\s+/g, '') };
}
