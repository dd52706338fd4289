/** Types of the virtual modules made by the content plugin. */
declare module 'virtual:content/*' {
  import type { Content } from './schema.ts';
  const content: Content;
  export default content;
}

declare module 'virtual:areas' {
  import type { AreaLists } from './areas.ts';
  const areas: AreaLists;
  export default areas;
}
