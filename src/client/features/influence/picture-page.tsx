/**
 * The influence picture: the signals the map shows, an SVG map (the user in the centre,
 * three rings, a numbered sector per category; every node focusable) with a legend, and a
 * table with the same entries. A node or a table row opens the entry's details below.
 */
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { influenceCategories, tieKinds, type InfluenceEntry } from '../../../core/influence-map.ts';
import { findInfluenceSignals } from '../../../core/influence-signals.ts';
import { AppLink } from '../../components/app-link.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useInfluenceWords } from './influence-words.ts';
import {
  centre,
  centreRadius,
  layoutInfluenceMap,
  mapSize,
  pointAt,
  ringEdges,
  sectorStart,
  shapeTie,
} from './map-layout.ts';
import { NodeShape } from './node-shape.tsx';
import { useInfluenceMap } from './use-influence.ts';

function Details({
  entry,
  headingRef,
}: {
  entry: InfluenceEntry;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  const words = useInfluenceWords();
  return (
    <section aria-labelledby="details-heading" className="app-section app-callout">
      <Heading2 id="details-heading" ref={headingRef} tabIndex={-1} className="app-focus-target">
        {t('influence.picture.detailsHeading', { label: entry.label })}
      </Heading2>
      <dl className="app-definitions">
        <div>
          <dt>{t('influence.field.category')}</dt>
          <dd>{words.category(entry.category)}</dd>
        </div>
        <div>
          <dt>{t('influence.field.ring')}</dt>
          <dd>{words.ring(entry.ring)}</dd>
        </div>
        <div>
          <dt>{t('influence.field.influence')}</dt>
          <dd>{words.level(entry.influence)}</dd>
        </div>
        <div>
          <dt>{t('influence.field.ties')}</dt>
          <dd>{entry.ties.map(words.tie).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('influence.field.flags')}</dt>
          <dd>
            {entry.flags.length > 0
              ? entry.flags.map(words.flag).join(', ')
              : t('influence.picture.noFlags')}
          </dd>
        </div>
        {entry.note && (
          <div>
            <dt>{t('influence.field.note')}</dt>
            <dd className="app-multiline">{entry.note}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

export default function PicturePage() {
  const t = useT();
  const influence = useContentFile('influence');
  const words = useInfluenceWords();
  const { status, value: map } = useInfluenceMap();
  const [selected, setSelected] = useState<string | null>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const [focusDetails, setFocusDetails] = useState(0);

  useEffect(() => {
    if (focusDetails > 0) detailsHeading.current?.focus();
  }, [focusDetails]);

  const heading = <PageHeading>{t('influence.picture.title')}</PageHeading>;
  if (!map) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }
  if (map.entries.length === 0) {
    return (
      <>
        {heading}
        <Paragraph>{t('influence.picture.empty')}</Paragraph>
        <AppLink page="wie-wat-beinvloedt-jou/kaart" variant="button">
          {t('influence.tool.map.title')}
        </AppLink>
      </>
    );
  }

  const signals = findInfluenceSignals(map.entries);
  const placed = layoutInfluenceMap(map.entries);
  const label = (id: string) => map.entries.find((entry) => entry.id === id)?.label ?? id;
  const chosen = map.entries.find((entry) => entry.id === selected);

  function open(id: string) {
    setSelected(id);
    setFocusDetails((count) => count + 1);
  }

  function onNodeKey(event: KeyboardEvent, id: string) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(id);
    }
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('influence.picture.lead', { count: map.entries.length })}</Paragraph>

      <section aria-labelledby="signals-heading" className="app-section">
        <Heading2 id="signals-heading">{t('influence.picture.signalsHeading')}</Heading2>
        {signals.length === 0 ? (
          <Paragraph>{t('influence.picture.noSignals')}</Paragraph>
        ) : (
          <ol className="app-findings">
            {signals.map((signal) => {
              const text = influence.signals.find((candidate) => candidate.id === signal.signal)!;
              return (
                <li
                  key={`${signal.signal}-${signal.category ?? ''}`}
                  className={`app-finding app-finding--${signal.severity}`}
                >
                  <Paragraph className="app-finding__severity">
                    <strong>
                      {t(
                        signal.severity === 'high'
                          ? 'common.severity.high'
                          : 'common.severity.medium',
                      )}
                    </strong>
                  </Paragraph>
                  <Heading3>{text.title}</Heading3>
                  {(signal.entryIds.length > 0 || signal.category) && (
                    <Paragraph>
                      {t('influence.picture.about', {
                        names: [
                          signal.category && words.category(signal.category),
                          ...signal.entryIds.map(label),
                        ]
                          .filter(Boolean)
                          .join(', '),
                      })}
                    </Paragraph>
                  )}
                  <Paragraph>{text.explanation}</Paragraph>
                  <Paragraph>
                    <strong>{t('influence.picture.action')}</strong> {text.action}
                  </Paragraph>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="picture-heading" className="app-section">
        <Heading2 id="picture-heading">{t('influence.picture.mapHeading')}</Heading2>
        <Paragraph>{t('influence.picture.mapHelp')}</Paragraph>
        <svg
          className="app-map"
          viewBox={`0 0 ${mapSize} ${mapSize}`}
          role="group"
          aria-labelledby="picture-heading"
        >
          {[...ringEdges].reverse().map((edge, index) => (
            <circle
              key={edge}
              cx={centre}
              cy={centre}
              r={edge}
              className={`app-map__ring app-map__ring--${index}`}
            />
          ))}
          {influenceCategories.map((category, index) => {
            const start = sectorStart(index);
            const edge = pointAt(ringEdges[2], start);
            const inner = pointAt(centreRadius, start);
            const middle = start + Math.PI / influenceCategories.length;
            const number = pointAt(ringEdges[2] - 14, middle);
            return (
              <g key={category} aria-hidden="true">
                <line
                  x1={inner.x}
                  y1={inner.y}
                  x2={edge.x}
                  y2={edge.y}
                  className="app-map__sector"
                />
                <text x={number.x} y={number.y + 6} textAnchor="middle" className="app-map__number">
                  {index + 1}
                </text>
              </g>
            );
          })}
          <circle
            cx={centre}
            cy={centre}
            r={centreRadius}
            className="app-map__you"
            aria-hidden="true"
          />
          <text
            x={centre}
            y={centre + 7}
            textAnchor="middle"
            className="app-map__you-label"
            aria-hidden="true"
          >
            {t('influence.picture.you')}
          </text>
          {placed.map(({ entry, x, y }) => (
            <g
              key={entry.id}
              role="button"
              tabIndex={0}
              aria-label={t('influence.picture.node', {
                label: entry.label,
                details: words.describe(entry),
              })}
              aria-pressed={selected === entry.id}
              className="app-map__node"
              onClick={() => open(entry.id)}
              onKeyDown={(event) => onNodeKey(event, entry.id)}
            >
              <NodeShape
                tie={shapeTie(entry)}
                level={entry.influence}
                flagged={entry.flags.length > 0}
                x={x}
                y={y}
              />
              <text
                x={x}
                y={y + 30}
                textAnchor="middle"
                className="app-map__label"
                aria-hidden="true"
              >
                {entry.label.length > 14 ? `${entry.label.slice(0, 13)}…` : entry.label}
              </text>
            </g>
          ))}
        </svg>

        <Heading3>{t('influence.picture.legend')}</Heading3>
        <ol className="app-legend app-legend--numbers">
          {influenceCategories.map((category) => (
            <li key={category}>{words.category(category)}</li>
          ))}
        </ol>
        <ul className="app-legend">
          {tieKinds.map((tie) => (
            <li key={tie}>
              <svg viewBox="0 0 40 40" className="app-legend__shape" aria-hidden="true">
                <NodeShape tie={tie} level="medium" flagged={false} x={20} y={20} />
              </svg>
              {words.tie(tie)}
            </li>
          ))}
          <li>
            <svg viewBox="0 0 40 40" className="app-legend__shape" aria-hidden="true">
              <NodeShape tie="support" level="medium" flagged x={20} y={20} />
            </svg>
            {t('influence.picture.legendFlagged')}
          </li>
        </ul>
        <Paragraph>{t('influence.picture.legendSize')}</Paragraph>
      </section>

      {chosen && <Details entry={chosen} headingRef={detailsHeading} />}

      <section aria-labelledby="table-heading" className="app-section">
        <Heading2 id="table-heading">{t('influence.picture.tableHeading')}</Heading2>
        <DataTable
          labelledBy="table-heading"
          headers={[
            t('influence.field.label'),
            t('influence.field.category'),
            t('influence.field.ring'),
            t('influence.field.influence'),
            t('influence.field.ties'),
            t('influence.field.flags'),
            t('influence.picture.detailsColumn'),
          ]}
        >
          {map.entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.label}</th>
              <td>{words.category(entry.category)}</td>
              <td>{words.ring(entry.ring)}</td>
              <td>{words.level(entry.influence)}</td>
              <td>{entry.ties.map(words.tie).join(', ')}</td>
              <td>{entry.flags.map(words.flag).join(', ')}</td>
              <td>
                <Button appearance="subtle-button" onClick={() => open(entry.id)}>
                  {t('influence.picture.showDetails')}
                  <span className="app-visually-hidden">: {entry.label}</span>
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
        <Paragraph>
          <AppLink page="wie-wat-beinvloedt-jou/kaart">{t('influence.picture.edit')}</AppLink>
        </Paragraph>
      </section>
    </>
  );
}
