/**
 * A block's introduction: purpose, learning goals, time, what is stored, and the tools this
 * block will offer. The tools themselves arrive per block; until then the page says so.
 */
import {
  Alert,
  Heading2,
  Heading3,
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
 * The interactive tools of the blocks that have them (the others list what is coming). They
 * load after the block's introduction, which is readable without them.
 */
const blockTools: Partial<Record<BlockId, ComponentType>> = {
  'wie-ben-jij': lazy(() =>
    import('../features/self-test/self-test-panel.tsx').then((module) => ({
      default: module.SelfTestPanel,
    })),
  ),
  'wat-draag-je-mee': lazy(() =>
    import('../features/carry/carry-panel.tsx').then((module) => ({
      default: module.CarryPanel,
    })),
  ),
  'wie-wat-beinvloedt-jou': lazy(() =>
    import('../features/influence/influence-panel.tsx').then((module) => ({
      default: module.InfluencePanel,
    })),
  ),
  'wat-kom-je-tegen': lazy(() =>
    import('../features/risk/risk-panel.tsx').then((module) => ({ default: module.RiskPanel })),
  ),
};

/** The interface texts each block's tool needs beyond the frame's. */
const blockMessages: Partial<Record<BlockId, MessageGroup>> = {
  'wie-ben-jij': 'selfTest',
  'wat-draag-je-mee': 'carry',
  'wie-wat-beinvloedt-jou': 'influence',
  'wat-kom-je-tegen': 'risk',
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
  const Tool = blockTools[blockId];

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

      {Tool ? (
        <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>
          <WithMessages groups={blockMessages[blockId] ? [blockMessages[blockId]] : []}>
            <Tool />
          </WithMessages>
        </Suspense>
      ) : (
        <section aria-labelledby="tools">
          <Heading2 id="tools">{t('block.tools')}</Heading2>
          <Alert type="info">
            <Paragraph>{t('block.toolsStatus')}</Paragraph>
          </Alert>
          {block.tools.map((tool) => (
            <div key={tool.name} className="app-tool">
              <Heading3>{tool.name}</Heading3>
              <Paragraph>{tool.description}</Paragraph>
            </div>
          ))}
        </section>
      )}

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
