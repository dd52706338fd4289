/**
 * A block's introduction (purpose, learning goals, time, what is stored) and its tools.
 */
import {
  Heading2,
  Paragraph,
  PreHeading,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { lazy, Suspense, type ComponentType } from 'react';
import { blockIds, type BlockId } from '../../core/blocks.ts';
import { AppLink } from '../components/app-link.tsx';
import { describeOffice } from '../components/office-description.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { useContent, useT, WithMessages } from '../i18n/locale-context.tsx';
import type { MessageGroup } from '../i18n/message-groups.ts';
import { useOfficeProfile } from '../storage/personal-data-context.tsx';

/**
 * Each block's tools (loaded after the block's introduction, which is readable without them)
 * and the interface texts they need beyond the frame's.
 */
const blockTools: Record<BlockId, { Tool: ComponentType; messages: MessageGroup }> = {
  'wie-ben-jij': {
    Tool: lazy(() =>
      import('../features/self-test/self-test-panel.tsx').then((module) => ({
        default: module.SelfTestPanel,
      })),
    ),
    messages: 'selfTest',
  },
  'wat-draag-je-mee': {
    Tool: lazy(() =>
      import('../features/carry/carry-panel.tsx').then((module) => ({
        default: module.CarryPanel,
      })),
    ),
    messages: 'carry',
  },
  'wie-wat-beinvloedt-jou': {
    Tool: lazy(() =>
      import('../features/influence/influence-panel.tsx').then((module) => ({
        default: module.InfluencePanel,
      })),
    ),
    messages: 'influence',
  },
  'wat-kom-je-tegen': {
    Tool: lazy(() =>
      import('../features/risk/risk-panel.tsx').then((module) => ({ default: module.RiskPanel })),
    ),
    messages: 'risk',
  },
  'wat-kun-je-doen': {
    Tool: lazy(() =>
      import('../features/act/act-panel.tsx').then((module) => ({ default: module.ActPanel })),
    ),
    messages: 'act',
  },
};

export default function BlockPage({ blockId }: { blockId: BlockId }) {
  const t = useT();
  const content = useContent();
  const profile = useOfficeProfile();
  const blocks = content.blocks.blocks;
  const index = blockIds.indexOf(blockId);
  const block = blocks.find((entry) => entry.id === blockId)!;
  const previous = blocks.find((entry) => entry.id === blockIds[index - 1]);
  const next = blocks.find((entry) => entry.id === blockIds[index + 1]);
  const { Tool } = blockTools[blockId];

  return (
    <article key={blockId}>
      <PreHeading>{t('block.counter', { number: index + 1 })}</PreHeading>
      <PageHeading>{block.title}</PageHeading>
      <Paragraph lead>{block.summary}</Paragraph>
      <Paragraph className="app-office-note">
        {profile ? (
          t('block.forOffice', { office: describeOffice(profile, content) })
        ) : (
          <>
            {t('block.noOffice')} <AppLink page="ambt">{t('office.choose')}</AppLink>
          </>
        )}
      </Paragraph>

      <Heading2>{t('block.purpose')}</Heading2>
      {block.purpose.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}

      <Heading2>{t('block.goals')}</Heading2>
      <UnorderedList>
        {block.goals.map((goal) => (
          <UnorderedListItem key={goal}>{goal}</UnorderedListItem>
        ))}
      </UnorderedList>

      <Heading2>{t('block.time')}</Heading2>
      <Paragraph>{t('block.minutes', { minutes: block.minutes })}</Paragraph>

      <Heading2>{t('block.stored')}</Heading2>
      <Paragraph>{block.stored}</Paragraph>

      <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>
        <WithMessages groups={[blockTools[blockId].messages]}>
          <Tool />
        </WithMessages>
      </Suspense>

      <nav aria-label={t('block.pager')} className="app-pager">
        {previous && (
          <AppLink page={previous.id} rel="prev">
            {t('block.previous', { title: previous.title })}
          </AppLink>
        )}
        {next && (
          <AppLink page={next.id} rel="next">
            {t('block.next', { title: next.title })}
          </AppLink>
        )}
      </nav>
    </article>
  );
}
