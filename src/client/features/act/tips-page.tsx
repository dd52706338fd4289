/** The tips library: every tip, filtered by node and effort. */
import {
  FormField,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { tipEfforts } from '../../../core/act-ids.ts';
import { nodeIds } from '../../../core/model.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { TipDetails } from './tip-details.tsx';

export default function TipsPage() {
  const t = useT();
  const tipsContent = useContentFile('tips');
  const model = useContentFile('model');
  useContentFile('sources');
  const [node, setNode] = useState('');
  const [effort, setEffort] = useState('');
  const shown = tipsContent.tips.filter(
    (tip) => (!node || tip.node === node) && (!effort || tip.effort === effort),
  );

  return (
    <>
      <PageHeading>{t('act.tips.title')}</PageHeading>
      <Paragraph lead>{tipsContent.intro.lead}</Paragraph>
      {tipsContent.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      <div className="app-filters">
        <FormField>
          <FormLabel htmlFor="tip-node">{t('act.tips.node')}</FormLabel>
          <Select id="tip-node" value={node} onChange={(event) => setNode(event.target.value)}>
            <SelectOption value="">{t('act.tips.all')}</SelectOption>
            {nodeIds.map((id) => (
              <SelectOption key={id} value={id}>
                {model.nodes.find((candidate) => candidate.id === id)!.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="tip-effort">{t('act.tips.effort')}</FormLabel>
          <Select
            id="tip-effort"
            value={effort}
            onChange={(event) => setEffort(event.target.value)}
          >
            <SelectOption value="">{t('act.tips.all')}</SelectOption>
            {tipEfforts.map((id) => (
              <SelectOption key={id} value={id}>
                {t(`act.effort.${id}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      <Paragraph role="status">{t('act.tips.count', { count: shown.length })}</Paragraph>
      <ul className="app-entry-list">
        {shown.map((tip) => (
          <li key={tip.id} className="app-entry">
            <Heading3>{tip.title}</Heading3>
            <TipDetails tip={tip} />
          </li>
        ))}
      </ul>
    </>
  );
}
