/**
 * The shape of a node in the influence picture: one shape per kind of tie, sized by
 * influence, with a dashed outline when the tie is flagged. Shape, size and line carry the
 * meaning, never colour alone. Also used in the legend.
 */
import type { InfluenceLevel, TieKind } from '../../../core/influence-map.ts';

const sizes: Record<InfluenceLevel, number> = { low: 9, medium: 12, high: 16 };

function polygon(x: number, y: number, radius: number, corners: number, turn: number): string {
  return Array.from({ length: corners }, (_, index) => {
    const angle = turn + (index / corners) * 2 * Math.PI;
    return `${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

/** A five-pointed star: outer and inner corners alternate. */
function star(x: number, y: number, outer: number, inner: number): string {
  return Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (index / 10) * 2 * Math.PI;
    return `${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

export function NodeShape({
  tie,
  level,
  flagged,
  x,
  y,
}: {
  tie: TieKind;
  level: InfluenceLevel;
  flagged: boolean;
  x: number;
  y: number;
}) {
  const r = sizes[level];
  const className = `app-map__shape${flagged ? ' app-map__shape--flagged' : ''}${level === 'high' ? ' app-map__shape--strong' : ''}`;
  switch (tie) {
    case 'support':
      return <circle cx={x} cy={y} r={r} className={className} />;
    case 'advice':
      return (
        <rect
          x={x - r * 0.85}
          y={y - r * 0.85}
          width={r * 1.7}
          height={r * 1.7}
          className={className}
        />
      );
    case 'pressure':
      return <polygon points={polygon(x, y, r * 1.15, 3, -Math.PI / 2)} className={className} />;
    case 'dependency':
      return <polygon points={polygon(x, y, r * 1.15, 4, 0)} className={className} />;
    case 'interest':
      return <polygon points={star(x, y, r * 1.3, r * 0.6)} className={className} />;
  }
}
