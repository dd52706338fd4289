/**
 * Renders a ReportDocument to a PDF in the browser with pdfmake. pdfmake and its fonts are
 * about 2 MB, so they load only when a report is asked for (dynamic import), never with a page.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { bandFloors, type Band } from '../../core/likert.ts';
import type { ReportBlock, ReportChartRow, ReportDocument } from './report-document.ts';

const colours = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#b3b3b3',
  header: '#e8eef7',
  zone: { kwetsbaarheid: '#fbe3e1', aandachtspunt: '#fdf3d7', kracht: '#e3f1e4' },
  bar: { kwetsbaarheid: '#a3261b', aandachtspunt: '#8a5a00', kracht: '#2f6b34' },
} as const;

const chartWidth = 360;
const barHeight = 12;

/** Builds the pdfmake definition; pure, so the layout can be checked without rendering. */
export function toPdfDefinition(report: ReportDocument): TDocumentDefinitions {
  const content: Content[] = [
    { text: report.title, style: 'title' },
    ...report.subtitle.map((line): Content => ({ text: line, style: 'subtitle' })),
  ];
  for (const section of report.sections) {
    content.push({ text: section.title, style: 'section', headlineLevel: 1 });
    for (const block of section.blocks) content.push(renderBlock(block));
  }
  return {
    info: { title: report.title, creator: 'Weerbaar', producer: 'Weerbaar' },
    language: report.language,
    tagged: true,
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    content,
    footer: (page, pages) => ({
      columns: [
        { text: report.footer, style: 'footer' },
        { text: report.pageLabel(page, pages), style: 'footer', alignment: 'right', width: 'auto' },
      ],
      margin: [48, 16, 48, 0],
    }),
    // A section heading never ends a page on its own.
    pageBreakBefore: (node, following) =>
      node.headlineLevel === 1 && (following.getFollowingNodesOnPage?.() ?? []).length === 0,
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25, color: colours.text },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 8] },
      subtitle: { fontSize: 11, color: colours.muted, margin: [0, 0, 0, 2] },
      section: { fontSize: 16, bold: true, margin: [0, 22, 0, 8] },
      heading: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 4] },
      paragraph: { margin: [0, 0, 0, 6] },
      tableHead: { bold: true, fillColor: colours.header },
      chartTitle: { bold: true, margin: [0, 4, 0, 6] },
      footer: { fontSize: 8.5, color: colours.muted },
    },
  };
}

function renderBlock(block: ReportBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: 'heading' };
    case 'paragraph':
      return { text: block.text, style: 'paragraph' };
    case 'list':
      return { ul: block.items, margin: [0, 0, 0, 6] };
    case 'table':
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.widths ?? block.head.map((_, index) => (index === 0 ? '*' : 'auto')),
          body: [
            block.head.map((text) => ({ text, style: 'tableHead' })),
            ...block.rows.map((row) => row.map((text) => ({ text }))),
          ],
        },
        layout: {
          hLineColor: () => colours.rule,
          vLineColor: () => colours.rule,
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
        margin: [0, 2, 0, 10],
      };
    case 'chart':
      return {
        stack: [
          { text: block.title, style: 'chartTitle' },
          ...block.rows.map((row) => chartRow(row, block.bandNames)),
        ],
        unbreakable: true,
        margin: [0, 0, 0, 8],
      };
  }
}

/** One bar on the three band zones, with its name above and its score and band beside it. */
function chartRow(row: ReportChartRow, bandNames: Record<Band, string>): Content {
  const x = (score: number) => (score / 100) * chartWidth;
  const zones: [Band, number, number][] = [
    ['kwetsbaarheid', 0, bandFloors.aandachtspunt],
    ['aandachtspunt', bandFloors.aandachtspunt, bandFloors.kracht],
    ['kracht', bandFloors.kracht, 100],
  ];
  const value =
    row.score === null || row.band === null ? '–' : `${row.score} · ${bandNames[row.band]}`;
  return {
    stack: [
      { text: row.name, margin: [0, 0, 0, 2] },
      {
        columns: [
          {
            width: chartWidth,
            canvas: [
              ...zones.map(([band, from, to]) => ({
                type: 'rect' as const,
                x: x(from),
                y: 0,
                w: x(to) - x(from),
                h: barHeight,
                color: colours.zone[band],
              })),
              ...(row.score === null || row.band === null
                ? []
                : [
                    {
                      type: 'rect' as const,
                      x: 0,
                      y: 2,
                      w: Math.max(2, x(row.score)),
                      h: barHeight - 4,
                      color: colours.bar[row.band],
                    },
                  ]),
            ],
          },
          { text: value, width: '*', margin: [8, 0, 0, 0] },
        ],
      },
    ],
    margin: [0, 0, 0, 6],
  };
}

/** Makes the PDF file. Loads pdfmake and its fonts on the first call. */
export async function makePdf(report: ReportDocument): Promise<Blob> {
  const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  pdfMake.addVirtualFileSystem(vfs);
  return pdfMake.createPdf(toPdfDefinition(report)).getBlob();
}
