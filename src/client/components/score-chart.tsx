/**
 * A small SVG bar chart of scores (0–100) against the three bands, for the self-test's
 * factors and the culture scan's dimensions. The bars carry their score as text and the
 * zones their band, so colour is never the only signal; a table next to it holds the same
 * figures for screen readers.
 */
import { bandFloors, type Band } from '../../core/likert.ts';
import { useT } from '../i18n/locale-context.tsx';
import type { MessageId } from '../i18n/messages.ts';

export const bandMessage: Record<Band, MessageId> = {
  kracht: 'common.band.kracht',
  aandachtspunt: 'common.band.aandachtspunt',
  kwetsbaarheid: 'common.band.kwetsbaarheid',
};

export interface ChartRow {
  id: string;
  name: string;
  score: number | null;
  band: Band | null;
}

// A narrow drawing (each factor's name above its bar), so text stays readable on a phone.
const width = 360;
const labelWidth = 0;
const barArea = width - 2;
const rowHeight = 52;
const top = 26;

export function ScoreChart({
  id,
  title,
  description,
  rows: results,
}: {
  id: string;
  title: string;
  description: string;
  rows: readonly ChartRow[];
}) {
  const t = useT();
  const height = top + results.length * rowHeight + 10;
  const x = (score: number) => labelWidth + (score / 100) * barArea;
  const zones = [
    { band: 'kwetsbaarheid' as const, from: 0, to: bandFloors.aandachtspunt },
    { band: 'aandachtspunt' as const, from: bandFloors.aandachtspunt, to: bandFloors.kracht },
    { band: 'kracht' as const, from: bandFloors.kracht, to: 100 },
  ];
  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {zones.map((zone) => (
        <g key={zone.band}>
          <rect
            x={x(zone.from)}
            y={top - 6}
            width={x(zone.to) - x(zone.from)}
            height={height - top}
            className={`app-chart__zone app-chart__zone--${zone.band}`}
          />
          <text
            x={(x(zone.from) + x(zone.to)) / 2}
            y={16}
            textAnchor="middle"
            className="app-chart__zone-label"
          >
            {t(bandMessage[zone.band])}
          </text>
        </g>
      ))}
      {results.map((result, index) => {
        const y = top + index * rowHeight;
        return (
          <g key={result.id}>
            <text x={4} y={y + 14} className="app-chart__label">
              {result.name}
            </text>
            {result.score === null ? (
              <text x={labelWidth + 6} y={y + 36} className="app-chart__value">
                {t('common.insufficientShort')}
              </text>
            ) : (
              <>
                <rect
                  x={labelWidth}
                  y={y + 20}
                  width={Math.max(2, x(result.score) - labelWidth)}
                  height={22}
                  className={`app-chart__bar app-chart__bar--${result.band}`}
                />
                <text
                  x={result.score > 80 ? x(result.score) - 6 : x(result.score) + 6}
                  y={y + 36}
                  textAnchor={result.score > 80 ? 'end' : 'start'}
                  className={
                    result.score > 80
                      ? 'app-chart__value app-chart__value--inside'
                      : 'app-chart__value'
                  }
                >
                  {result.score}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
