/**
 * Where each entry of the influence map sits in the picture: the user in the centre, three
 * rings for closeness, one sector per category; entries of one sector and ring spread evenly
 * over its arc and alternate between the ring's halves. Pure geometry, in the coordinates of the SVG's viewBox.
 */
import {
  influenceCategories,
  tieKinds,
  type InfluenceEntry,
  type TieKind,
} from '../../../core/influence-map.ts';

export const mapSize = 600;
export const centre = mapSize / 2;
/** The radius of the centre ("you") and the outer edge of each ring. */
export const centreRadius = 48;
export const ringEdges = [130, 210, 290] as const;

/** The angle (radians, clockwise from the top) at which a category's sector starts. */
export function sectorStart(index: number): number {
  return (index / influenceCategories.length) * 2 * Math.PI - Math.PI / 2;
}

const sectorWidth = (2 * Math.PI) / influenceCategories.length;

/** The point at a radius and angle. */
export function pointAt(radius: number, angle: number): { x: number; y: number } {
  return { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) };
}

/**
 * The tie shown as the node's shape: the most telling one it has, pressure and dependency
 * before interest, advice and support.
 */
const shapeOrder: readonly TieKind[] = ['pressure', 'dependency', 'interest', 'advice', 'support'];
export function shapeTie(entry: InfluenceEntry): TieKind {
  return shapeOrder.find((tie) => entry.ties.includes(tie)) ?? tieKinds[0];
}

export interface PlacedEntry {
  entry: InfluenceEntry;
  x: number;
  y: number;
}

export function layoutInfluenceMap(entries: readonly InfluenceEntry[]): PlacedEntry[] {
  const groups = new Map<string, InfluenceEntry[]>();
  for (const entry of entries) {
    const key = `${entry.category}|${entry.ring}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return entries.map((entry) => {
    const group = groups.get(`${entry.category}|${entry.ring}`)!;
    const position = group.indexOf(entry);
    const ringIndex = Number(entry.ring) - 1;
    const inner = ringIndex === 0 ? centreRadius : ringEdges[ringIndex - 1]!;
    const outer = ringEdges[ringIndex]!;
    // Several entries in one arc alternate between the inner and outer half of the ring,
    // so that neighbours do not overlap where the arc is short.
    const stagger = group.length > 1 ? ((position % 2 === 0 ? -1 : 1) * (outer - inner)) / 4 : 0;
    const radius = (inner + outer) / 2 + stagger;
    const angle =
      sectorStart(influenceCategories.indexOf(entry.category)) +
      ((position + 1) / (group.length + 1)) * sectorWidth;
    return { entry, ...pointAt(radius, angle) };
  });
}
