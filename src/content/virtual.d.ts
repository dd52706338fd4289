/** Types of the virtual modules made by the content plugin (src/content/vite-plugin.ts). */
declare module 'virtual:content/loaders' {
  import type { Content, ContentFileName } from './schema.ts';
  const loaders: Record<
    `${'nl' | 'en'}/${ContentFileName}`,
    () => Promise<{ default: Content[ContentFileName] }>
  >;
  export default loaders;
}

declare module 'virtual:messages/loaders' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
  // The groups of src/client/i18n/message-groups.ts, taken from there so the lists cannot drift.
  type Group = 'frame' | import('../client/i18n/message-groups.ts').MessageGroup;
  const loaders: Record<
    `${'nl' | 'en'}/${Group}`,
    () => Promise<{ default: Record<string, MessageFormatElement[]> }>
  >;
  export default loaders;
}

declare module 'virtual:areas' {
  import type { AreaLists } from './areas.ts';
  const areas: AreaLists;
  export default areas;
}

declare module 'virtual:content-preview' {
  import type { PreviewReport } from './vite-plugin.ts';
  const report: PreviewReport;
  export default report;
}
