/**
 * A block's tools on its block page: each a linked heading, what it does, and how far the
 * user is with it (when anything is stored).
 */
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { PersonalDataState } from '../storage/personal-data-context.tsx';
import { AppLink } from './app-link.tsx';
import { StorageNotice } from './storage-notice.tsx';

export interface ToolEntry {
  page: string;
  title: string;
  description: string;
  progress?: string;
}

interface ToolListProps {
  id: string;
  heading: string;
  intro: string;
  status: PersonalDataState['status'];
  tools: readonly ToolEntry[];
}

export function ToolList({ id, heading, intro, status, tools }: ToolListProps) {
  return (
    <section aria-labelledby={id} className="app-section">
      <Heading2 id={id}>{heading}</Heading2>
      <Paragraph>{intro}</Paragraph>
      <StorageNotice status={status} />
      <ul className="app-tools">
        {tools.map((tool) => (
          <li key={tool.page} className="app-tool">
            <Heading3>
              <AppLink page={tool.page}>{tool.title}</AppLink>
            </Heading3>
            <Paragraph>{tool.description}</Paragraph>
            {tool.progress && (
              <Paragraph small>
                <strong>{tool.progress}</strong>
              </Paragraph>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
