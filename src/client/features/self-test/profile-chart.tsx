/**
 * A small SVG bar chart of the six factor scores against the three bands. The bars carry
 * their score and band as text, so colour is never the only signal; the table next to it
 * holds the same figures for screen readers.
 */
import { bandFloors, type FactorResult } from '../../../core/self-test.ts';
import { useT } from '../../i18n/locale-context.tsx';
import { bandMessage } from './labels.ts';

// A narrow drawing (each factor's name above its bar), so text stays readable on a phone.
const width = 360;
const labelWidth = 0;
const barArea = width - 2;
const rowHeight = 52;
const top = 26;

export function ProfileChart({
  results,
  names,
}: {
  results: FactorResult[];
  names: Record<string, string>;
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
      aria-labelledby="chart-title chart-desc"
    >
      <title id="chart-title">{t('selfTest.chartTitle')}</title>
      <desc id="chart-desc">{t('selfTest.chartDescription')}</desc>
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
          <g key={result.factor}>
            <text x={4} y={y + 14} className="app-chart__label">
              {names[result.factor]}
            </text>
            {result.score === null ? (
              <text x={labelWidth + 6} y={y + 36} className="app-chart__value">
                {t('selfTest.insufficientShort')}
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
