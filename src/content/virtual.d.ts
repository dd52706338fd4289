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
  // The groups of src/client/i18n/message-groups.ts; indexing with a group missing here fails
  // to type-check, so the two lists cannot drift apart unnoticed.
  type Group = 'frame' | 'selfTest' | 'carry' | 'influence' | 'risk' | 'act' | 'data' | 'vault';
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
